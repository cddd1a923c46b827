import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCfnYaml } from "../../templates/test/cfn-yaml";
import { loadFile, stepsOf } from "../pipeline/model";

const root = process.cwd();
const templates = ["bootstrap", "frontend", "app"].map((name) =>
  loadCfnYaml(join(root, "templates", `${name}.yaml`)),
);
const pattern = (parameter: string): RegExp => {
  const patterns = new Set(templates.map((t) => String(t.Parameters?.[parameter]?.AllowedPattern)));
  expect(patterns.size).toBe(1);
  return new RegExp([...patterns][0] ?? "");
};

/** Runs the root action's real "Check inputs" script in bash, in a workspace laid out like ours. */
function compositeAccepts(project: string, environment: string): { ok: boolean; message: string } {
  const step = stepsOf("action.yml", loadFile(root, "action.yml")).find((s) => s.name === "Check inputs");
  const work = mkdtempSync(join(tmpdir(), "check-inputs-"));
  for (const dir of ["templates", "lambdas/agent/build", "lambdas/api/build", "web/build"]) {
    mkdirSync(join(work, dir), { recursive: true });
  }
  spawnSync("touch", [join(work, "templates/app.yaml")]);
  const result = spawnSync(
    "bash",
    ["--noprofile", "--norc", "-eo", "pipefail", "-c", step?.run ?? "exit 9"],
    {
      cwd: work,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        PROJECT: project,
        ENVIRONMENT: environment,
        GOOGLE_ID: "",
        GOOGLE_SECRET: "",
      },
    },
  );
  return { ok: result.status === 0, message: result.stdout };
}

const projects = [
  "trip-assistant",
  "tr",
  "t",
  "qa-1",
  "trip-",
  "Trip",
  "1trip",
  "a".repeat(24),
  "a".repeat(25),
  "x-y-z9",
];
const environments = [
  "dev",
  "prod",
  "qa-1",
  "production-eu1",
  "prod-",
  "qa",
  "q",
  "prod2025",
  "a1234567890",
  "Dev",
  "eu1",
];

describe("root action.yml input check agrees with the templates' AllowedPattern", () => {
  it.each(projects)("project-name %p", (value) => {
    const expected = pattern("ProjectName").test(value);
    const { ok, message } = compositeAccepts(value, "dev");
    expect({ value, ok }).toEqual({ value, ok: expected });
    if (!ok) expect(message).toContain('Input "project-name"');
  });

  it.each(environments)("environment %p", (value) => {
    const expected = pattern("Environment").test(value);
    const { ok, message } = compositeAccepts("trip-assistant", value);
    expect({ value, ok }).toEqual({ value, ok: expected });
    if (!ok) expect(message).toContain('Input "environment"');
  });

  it("rejects the values issue 14 names before anything changes", () => {
    for (const value of ["qa-1", "production-eu1", "prod-"]) {
      expect(compositeAccepts("trip-assistant", value).ok).toBe(false);
    }
    expect(compositeAccepts("trip-", "dev").ok).toBe(false);
  });

  it("refuses to run without the build outputs (nothing is built beside AWS credentials)", () => {
    const step = stepsOf("action.yml", loadFile(root, "action.yml")).find((s) => s.name === "Check inputs");
    const work = mkdtempSync(join(tmpdir(), "check-inputs-"));
    mkdirSync(join(work, "templates"), { recursive: true });
    mkdirSync(join(work, "lambdas/agent"), { recursive: true });
    mkdirSync(join(work, "web"), { recursive: true });
    spawnSync("touch", [join(work, "templates/app.yaml")]);
    const result = spawnSync("bash", ["-eo", "pipefail", "-c", step?.run ?? "exit 9"], {
      cwd: work,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        PROJECT: "trip-assistant",
        ENVIRONMENT: "dev",
        GOOGLE_ID: "",
        GOOGLE_SECRET: "",
      },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("lambdas/agent/build is missing");
  });
});
