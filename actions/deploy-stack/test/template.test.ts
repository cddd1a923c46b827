import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate, readTemplate } from "../src/template";

const fixture = join(import.meta.dirname, "fixtures", "app.yaml");

describe("template", () => {
  test("reads a YAML template with intrinsic tags and its parameter declarations", async () => {
    const template = await readTemplate(fixture);
    expect(template.bytes).toBe(readFileSync(fixture).length);
    expect([...template.parameters.values()]).toEqual([
      { name: "Stage", hasDefault: false, noEcho: false },
      { name: "ImageUri", hasDefault: false, noEcho: false },
      { name: "AllowedOrigins", hasDefault: true, noEcho: false },
      { name: "OpenAiKeyParameter", hasDefault: false, noEcho: true },
    ]);
  });

  test("JSON templates parse too", () => {
    const template = parseTemplate("t.json", '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}');
    expect(template.parameters.size).toBe(0);
  });

  test("broken YAML, a non-template and a missing file fail naming the input", async () => {
    expect(() => parseTemplate("t.yaml", "Resources:\n  B: [\n")).toThrow(
      /Input "template": t.yaml is not valid YAML or JSON/,
    );
    expect(() => parseTemplate("t.yaml", "Parameters: {}\n")).toThrow(/expected a "Resources" mapping/);
    await expect(readTemplate("/nowhere/t.yaml")).rejects.toThrow(
      'Input "template": expected a path to a template file; /nowhere/t.yaml does not exist',
    );
  });
});
