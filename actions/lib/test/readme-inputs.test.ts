// Every action's README inputs table says what its action.yml says: the same inputs, the same
// defaults, the same required ones. action.yml is the source (GitHub reads it, and
// src/action-spec.ts is generated from it); a README that drifts misleads whoever copies a step.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const actionsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

interface Row {
  name: string;
  default: string;
  required: boolean;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, "|"));

const unquote = (cell: string) => cell.replace(/^`(.*)`$/, "$1");

/** The first table under `## Inputs` whose header has an input-name column and `default`. */
function readmeInputs(readme: string): Row[] | undefined {
  const section = /^## Inputs\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? "";
  const lines = section.split("\n").filter((line) => line.trim().startsWith("|"));
  const header = lines[0] ? cells(lines[0]).map((c) => c.toLowerCase()) : [];
  const nameAt = header.findIndex((c) => c === "input" || c === "name");
  const defaultAt = header.indexOf("default");
  const requiredAt = header.indexOf("required");
  if (nameAt === -1 || defaultAt === -1) return undefined;
  return lines.slice(2).map((line) => {
    const row = cells(line);
    const value = row[defaultAt] ?? "";
    const required = requiredAt === -1 ? value === "(required)" : row[requiredAt] === "yes";
    return {
      name: unquote(row[nameAt] ?? ""),
      default: value === "(required)" ? "" : unquote(value),
      required,
    };
  });
}

function manifestInputs(actionYml: string): Row[] {
  const manifest = parse(actionYml) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>;
  };
  return Object.entries(manifest.inputs ?? {}).map(([name, input]) => ({
    name,
    default: input.default === undefined ? "" : String(input.default),
    required: input.required === true,
  }));
}

/** One line per difference, naming the action, the input and both sides. */
function mismatches(action: string, readme: string, actionYml: string): string[] {
  const documented = readmeInputs(readme);
  if (!documented) return [`${action}: README.md has no "## Inputs" table with a default column`];
  const declared = manifestInputs(actionYml);
  const problems: string[] = [];
  for (const input of declared) {
    const row = documented.find((r) => r.name === input.name);
    if (!row) {
      problems.push(`${action}: input "${input.name}" is in action.yml but not in the README table`);
      continue;
    }
    if (row.default !== input.default) {
      problems.push(
        `${action}: input "${input.name}" defaults to ${JSON.stringify(input.default)} in action.yml, README says ${JSON.stringify(row.default)}`,
      );
    }
    if (row.required !== input.required) {
      problems.push(
        `${action}: input "${input.name}" is ${input.required ? "" : "not "}required in action.yml, README says ${row.required ? "required" : "optional"}`,
      );
    }
  }
  for (const row of documented) {
    if (!declared.some((input) => input.name === row.name)) {
      problems.push(`${action}: README documents input "${row.name}", which action.yml does not declare`);
    }
  }
  return problems;
}

const actions = readdirSync(actionsDir).filter((name) => existsSync(join(actionsDir, name, "action.yml")));

test("there are actions to check", () => {
  expect(actions).toEqual(expect.arrayContaining(["chain-ping", "shift-alias", "deploy-stack"]));
});

test("every action's README inputs table matches its action.yml (names, defaults, required)", () => {
  const problems = actions.flatMap((action) =>
    mismatches(
      action,
      readFileSync(join(actionsDir, action, "README.md"), "utf8"),
      readFileSync(join(actionsDir, action, "action.yml"), "utf8"),
    ),
  );
  expect(problems).toEqual([]);
});

describe("the comparison itself", () => {
  const yml = [
    "inputs:",
    "  fn: { required: true }",
    "  alias: { required: false, default: live }",
    "  count: { default: 5 }",
  ].join("\n");
  const readme = (rows: string[]) =>
    [
      "# x",
      "",
      "## Inputs",
      "",
      "| input | default | what |",
      "| --- | --- | --- |",
      ...rows,
      "",
      "## Outputs",
    ].join("\n");

  test("a table that agrees passes, `(required)` and a required column both understood", () => {
    expect(
      mismatches(
        "x",
        readme(["| `fn` | (required) | a |", "| `alias` | `live` | b |", "| `count` | `5` | c |"]),
        yml,
      ),
    ).toEqual([]);
    const withColumn = [
      "## Inputs",
      "| name | required | default | what |",
      "| --- | --- | --- | --- |",
      "| `fn` | yes | | a |",
      "| `alias` | no | `live` | b \\| c |",
      "| `count` | no | `5` | c |",
    ].join("\n");
    expect(mismatches("x", withColumn, yml)).toEqual([]);
  });

  test("every kind of drift is reported, all at once", () => {
    expect(
      mismatches("x", readme(["| `fn` | | a |", "| `alias` | `main` | b |", "| `old` | | gone |"]), yml),
    ).toEqual([
      'x: input "fn" is required in action.yml, README says optional',
      'x: input "alias" defaults to "live" in action.yml, README says "main"',
      'x: input "count" is in action.yml but not in the README table',
      'x: README documents input "old", which action.yml does not declare',
    ]);
  });
});
