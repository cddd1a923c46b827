import type { getOctokit } from "@actions/github";

export type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentResult =
  | { action: "created" | "updated"; id: number; url: string }
  | { action: "skipped" }
  | { action: "forbidden"; message: string };

/** The hidden line that makes a comment this stack's preview, found again on the next push. */
export const commentMarker = (stackName: string): string => `<!-- deploy-stack:${stackName} -->`;

/** The GitHub token of a pull request from a fork is read-only; GitHub answers 403 with this. */
const isForbidden = (error: unknown): error is Error & { status: number } =>
  error instanceof Error &&
  (error as { status?: number }).status === 403 &&
  /Resource not accessible by integration/i.test(error.message);

async function findComment(octokit: Octokit, target: CommentTarget, marker: string) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    // Ours start with the marker; a reply quoting one has it too, after "> ".
    const found = data.find((comment) => comment.body?.startsWith(marker));
    if (found) return found;
  }
  return undefined;
}

/**
 * One comment per stack on the pull request: updated in place when the marker is found,
 * created otherwise (or left absent when `createIfMissing` is false). A read-only token
 * comes back as `forbidden` rather than an error, so a fork's preview still succeeds.
 */
export async function upsertComment(
  octokit: Octokit,
  target: CommentTarget,
  stackName: string,
  body: string,
  options: { createIfMissing: boolean } = { createIfMissing: true },
): Promise<CommentResult> {
  const marker = commentMarker(stackName);
  const full = `${marker}\n${body}`;
  try {
    const existing = await findComment(octokit, target, marker);
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: full,
      });
      return { action: "updated", id: data.id, url: data.html_url };
    }
    if (!options.createIfMissing) return { action: "skipped" };
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: full,
    });
    return { action: "created", id: data.id, url: data.html_url };
  } catch (error) {
    if (isForbidden(error)) return { action: "forbidden", message: error.message };
    throw error;
  }
}
