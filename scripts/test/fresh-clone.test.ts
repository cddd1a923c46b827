// `npm test` on a fresh clone without `npm ci`: one clear message at once, not a failure per step.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(import.meta.dirname, "../..");
const run = (cwd: string, args: string[] = []) =>
  spawnSync(process.execPath, [join(cwd, "scripts/test.mjs"), ...args], { cwd, encoding: "utf8" });

describe("npm test's install check", () => {
  let clone: string;
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), "fresh-clone-"));
    mkdirSync(join(clone, "scripts"));
    copyFileSync(join(repo, "scripts/test.mjs"), join(clone, "scripts/test.mjs"));
    copyFileSync(join(repo, "package.json"), join(clone, "package.json"));
  });
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it("stops before any step when node_modules is missing, saying to run npm ci", () => {
    const started = Date.now();
    const result = run(clone);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/npm test: \d+ of the repository.s packages are not installed \(@/);
    expect(result.stderr).toContain("Run `npm ci` first");
    expect(result.stdout).not.toContain("===");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("lets an installed checkout through to the steps", () => {
    const result = run(repo, ["no-such-step"]);
    expect(result.stderr).not.toContain("npm ci");
    expect(result.stderr).toContain("Unknown step(s) no-such-step");
    expect(result.status).toBe(2);
  });
});
