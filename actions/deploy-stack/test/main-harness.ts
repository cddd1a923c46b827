import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { jest } from "@jest/globals";
import { Inputs } from "../../lib/src/index";
import { parseOutputFile } from "../../lib/testing/run-bundle";
import { spec } from "../src/action-spec";
import { type Deps, type GitHubContext, main } from "../src/main";

export interface MainRun {
  error: Error | undefined;
  outputs: Record<string, string>;
  /** Everything written to stdout: log lines and workflow commands (::warning::...). */
  log: string;
}

/** Runs `main` in-process as the runner would: inputs through the spec, outputs through GITHUB_OUTPUT. */
export async function runMain(values: Record<string, string>, deps: Deps): Promise<MainRun> {
  const dir = mkdtempSync(join(tmpdir(), "deploy-stack-main-"));
  const outputFile = join(dir, "output");
  writeFileSync(outputFile, "");
  const saved = process.env.GITHUB_OUTPUT;
  process.env.GITHUB_OUTPUT = outputFile;
  let log = "";
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
  let error: Error | undefined;
  try {
    await main(
      { inputs: new Inputs((name) => values[name] ?? "", spec), signal: new AbortController().signal },
      deps,
    );
  } catch (caught) {
    error = caught as Error;
  } finally {
    write.mockRestore();
    if (saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved;
  }
  return { error, outputs: parseOutputFile(readFileSync(outputFile, "utf8")), log };
}

/** A GitHub context whose REST calls go to a local stand-in server. */
export const githubAt =
  (baseUrl: string, context: Partial<GitHubContext> = {}): (() => Promise<GitHubContext>) =>
  async () => ({
    owner: "family",
    repo: "trip",
    sha: "0123456789abcdef0123456789abcdef01234567",
    octokit: (token) => getOctokit(token, { baseUrl }),
    ...context,
  });
