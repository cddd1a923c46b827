import * as core from "@actions/core";

/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) it logs
 * the Markdown instead, so local runs still show what the summary would say.
 */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
