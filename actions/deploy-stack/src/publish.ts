import * as core from "@actions/core";
import { code } from "../../lib/src/index";
import {
  type CommentResult,
  commentMarker,
  type CommentTarget,
  type Octokit,
  upsertComment,
} from "./comment";
import type { DeployResult } from "./deploy";
import type { CommentMode } from "./options";
import { COMMENT_LIMIT, renderPreview, truncate } from "./render";

/** Names the action sets itself; a stack output with one of these names is not copied over them. */
const OWN_OUTPUTS = new Set(["stack-id", "status", "has-changes", "change-set-id", "outputs"]);

export function setOutputs(result: DeployResult, setOutput: (name: string, value: string) => void): void {
  setOutput("stack-id", result.stackId);
  setOutput("status", result.status);
  setOutput("has-changes", String(result.hasChanges));
  setOutput("change-set-id", result.hasChanges ? (result.changeSetId ?? "") : "");
  setOutput("outputs", JSON.stringify(result.outputs));
  for (const [name, value] of Object.entries(result.outputs)) {
    if (OWN_OUTPUTS.has(name)) core.warning(`Stack output "${name}" is only in "outputs": the name is taken`);
    else setOutput(name, value);
  }
}

/** The job summary: the preview, then the failure and its root cause when there is one. */
export function summaryMarkdown(result: DeployResult, mode: string): string {
  const sections = [renderPreview(result.preview)];
  if (result.failure) {
    sections.push(`> [!CAUTION]\n> **${mode} failed**: ${result.failure.message}`);
  } else if (mode === "deploy") {
    sections.push(`Stack status: ${code(result.status)}`);
  }
  return sections.join("\n\n");
}

/** Where the full preview is when the comment had to be cut. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

export async function postPreviewComment(
  octokit: Octokit,
  target: CommentTarget,
  result: DeployResult,
  options: { mode: CommentMode; stackName: string; markdown: string; runUrl?: string },
): Promise<CommentResult> {
  if (options.mode === "false") return { action: "skipped" };
  const pointer = options.runUrl
    ? `The whole preview is in the [job summary](${options.runUrl}).`
    : "The whole preview is in the job summary.";
  const limit = COMMENT_LIMIT - commentMarker(options.stackName).length - 1;
  // changes-only: no new comment for a stack without changes, but an earlier preview
  // comment is still updated so it does not show changes that no longer exist.
  return upsertComment(octokit, target, options.stackName, truncate(options.markdown, limit, pointer), {
    createIfMissing: options.mode === "true" || result.hasChanges,
  });
}
