import { InputError } from "../../lib/src/index";
import { parseParameterFile } from "../src/parameter-file";
import { parseParameters } from "../src/options";
import { planParameters } from "../src/parameters";
import type { TemplateParameter } from "../src/template";

const noFiles = () => undefined;

const declared = (...specs: Array<[string, { hasDefault?: boolean; noEcho?: boolean }?]>) =>
  new Map<string, TemplateParameter>(
    specs.map(([name, spec]) => [
      name,
      { name, hasDefault: spec?.hasDefault ?? false, noEcho: spec?.noEcho ?? false },
    ]),
  );

describe("parseParameters", () => {
  test("Key=Value lines keep commas and further = signs in the value", async () => {
    const given = await parseParameters(
      "Stage=prod\nAllowedOrigins=https://a.example,https://b.example\n# a comment\nQuery = a=1&b=2 \n",
      noFiles,
    );
    expect([...given.values]).toEqual([
      ["Stage", "prod"],
      ["AllowedOrigins", "https://a.example,https://b.example"],
      ["Query", "a=1&b=2"],
    ]);
  });

  test("a line without = is an error naming the input and the line", async () => {
    await expect(parseParameters("Stage=prod\nImageUri", noFiles)).rejects.toThrow(
      new InputError("parameters", 'line 2 ("ImageUri") is not Key=Value'),
    );
  });

  test("a single path reads the file; a missing file is named", async () => {
    const files: Record<string, string> = { "params/prod.json": '{"Stage": "prod"}' };
    expect([...(await parseParameters("params/prod.json", (p) => files[p])).values]).toEqual([
      ["Stage", "prod"],
    ]);
    await expect(parseParameters("params/dev.yaml", (p) => files[p])).rejects.toThrow(
      /params\/dev.yaml does not exist/,
    );
  });

  test("CloudFormation's ParameterKey/ParameterValue list, UsePreviousValue included", () => {
    const given = parseParameterFile(
      "p.json",
      JSON.stringify([
        { ParameterKey: "Stage", ParameterValue: "prod" },
        { ParameterKey: "Port", ParameterValue: 8080 },
        { ParameterKey: "ImageUri", UsePreviousValue: true },
      ]),
    );
    expect([...given.values]).toEqual([
      ["Stage", "prod"],
      ["Port", "8080"],
    ]);
    expect([...given.usePrevious]).toEqual(["ImageUri"]);
  });

  test("a YAML map with scalars and lists (CommaDelimitedList)", () => {
    const given = parseParameterFile(
      "p.yaml",
      "Stage: prod\nEnabled: true\nAllowedOrigins:\n  - https://a\n  - https://b\n",
    );
    expect(Object.fromEntries(given.values)).toEqual({
      Stage: "prod",
      Enabled: "true",
      AllowedOrigins: "https://a,https://b",
    });
  });

  test("a key given twice in a parameters file fails, in either form", () => {
    expect(() =>
      parseParameterFile(
        "p.json",
        JSON.stringify([
          { ParameterKey: "Stage", ParameterValue: "prod" },
          { ParameterKey: "Stage", UsePreviousValue: true },
        ]),
      ),
    ).toThrow(new InputError("parameters", 'p.json: "Stage" is given more than once'));
    expect(() => parseParameterFile("p.json", '{"Stage": "prod", "Stage": "dev"}')).toThrow(
      /p.json is not valid JSON or YAML: Map keys must be unique/,
    );
  });

  test("nested objects and broken files are rejected with the path", () => {
    expect(() => parseParameterFile("p.yaml", "Stage:\n  Name: prod\n")).toThrow(/p.yaml: expected a list/);
    expect(() => parseParameterFile("p.json", '{"Stage": ')).toThrow(/p.json is not valid JSON or YAML/);
    expect(() => parseParameterFile("p.json", '[{"ParameterKey": "Stage"}]')).toThrow(
      /"Stage" has neither ParameterValue nor UsePreviousValue/,
    );
  });
});

describe("planParameters", () => {
  const template = declared(["Stage"], ["ImageUri"], ["AllowedOrigins", { hasDefault: true }]);

  test("create: given values are sent, defaults are left to the template", () => {
    const plan = planParameters({
      given: {
        values: new Map([
          ["Stage", "prod"],
          ["ImageUri", "123.dkr.ecr/app@sha256:ab"],
        ]),
        usePrevious: new Set(),
      },
      keepPrevious: new Set(["ImageUri"]),
      declared: template,
      existing: undefined,
    });
    expect(plan).toEqual([
      { ParameterKey: "Stage", ParameterValue: "prod" },
      { ParameterKey: "ImageUri", ParameterValue: "123.dkr.ecr/app@sha256:ab" },
    ]);
  });

  test("update: keep-previous wins over a given value; parameters not given keep theirs", () => {
    const plan = planParameters({
      given: { values: new Map([["ImageUri", "123.dkr.ecr/app@sha256:new"]]), usePrevious: new Set() },
      keepPrevious: new Set(["ImageUri"]),
      declared: template,
      existing: new Set(["Stage", "ImageUri", "AllowedOrigins"]),
    });
    expect(plan).toEqual([
      { ParameterKey: "Stage", UsePreviousValue: true },
      { ParameterKey: "ImageUri", UsePreviousValue: true },
      { ParameterKey: "AllowedOrigins", UsePreviousValue: true },
    ]);
  });

  test("update: a parameter new to the template takes the given value", () => {
    const plan = planParameters({
      given: { values: new Map([["ImageUri", "img"]]), usePrevious: new Set() },
      keepPrevious: new Set(["ImageUri"]),
      declared: template,
      existing: new Set(["Stage"]),
    });
    expect(plan).toContainEqual({ ParameterKey: "ImageUri", ParameterValue: "img" });
  });

  test("create: a keep-previous parameter without a value fails naming it", () => {
    expect(() =>
      planParameters({
        given: { values: new Map([["Stage", "prod"]]), usePrevious: new Set() },
        keepPrevious: new Set(["ImageUri"]),
        declared: template,
        existing: undefined,
      }),
    ).toThrow(
      new InputError("keep-previous", '"ImageUri" needs a value in parameters: the stack is being created'),
    );
  });

  test("a parameter without Default and without value fails; an unknown key fails listing the declared ones", () => {
    expect(() =>
      planParameters({
        given: { values: new Map([["ImageUri", "img"]]), usePrevious: new Set() },
        keepPrevious: new Set(),
        declared: template,
        existing: undefined,
      }),
    ).toThrow(/"Stage" needs a value: the template gives it no Default/);
    expect(() =>
      planParameters({
        given: { values: new Map([["Stag", "prod"]]), usePrevious: new Set() },
        keepPrevious: new Set(),
        declared: template,
        existing: undefined,
      }),
    ).toThrow(/"Stag" is not a parameter of the template \(it declares Stage, ImageUri, AllowedOrigins\)/);
  });
});
