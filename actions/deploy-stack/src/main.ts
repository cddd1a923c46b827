import * as core from "@actions/core";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { S3Client } from "@aws-sdk/client-s3";
import { type ActionContext, awsClientConfig, describeAwsError, writeSummary } from "../../lib/src/index";
import { type InputName, spec } from "./action-spec";
import type { CommentResult, CommentTarget, Octokit } from "./comment";
import { nameFailures } from "./aws-failures";
import { deployStack } from "./deploy";
import { type Options, readOptions } from "./options";
import { postPreviewComment, runUrl, setOutputs, summaryMarkdown } from "./publish";
import type { Template } from "./template";

/** Where the run happens on GitHub: what the comment and the review check need. */
export interface GitHubContext {
  owner: string;
  repo: string;
  /** The commit the run is for (`GITHUB_SHA`). */
  sha: string;
  /** The pull request a `pull_request` event is about. */
  pullRequest?: number;
  octokit: (token: string) => Octokit;
}

/** The clients `main` uses; each is built from the SDK's standard configuration when omitted. */
export interface Deps {
  cfn?: CloudFormationClient;
  s3?: S3Client;
  /** Called only when GitHub is needed. */
  github?: () => Promise<GitHubContext>;
  env?: NodeJS.ProcessEnv;
}

export async function main({ inputs, signal }: ActionContext<InputName>, deps: Deps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const options = await readOptions(inputs, env);
  for (const secret of options.secrets) core.setSecret(secret);
  const cfn = nameFailures(deps.cfn ?? new CloudFormationClient(awsClientConfig(spec.name)));
  const result = await deployStack(options, {
    cfn,
    uploadTemplate: (bucket, template) => uploadTemplate(deps.s3, bucket, template),
    log: (line) => core.info(line),
    group: (title, body) => core.group(title, body),
    signal,
  }).catch((error: unknown) => {
    // An AWS error's code and request id are what support and CloudTrail searches need.
    throw error instanceof Error && "$metadata" in error
      ? new Error(describeAwsError(error), { cause: error })
      : error;
  });
  setOutputs(result, core.setOutput);
  const markdown = summaryMarkdown(result, options.mode);
  await writeSummary(markdown);
  if (options.mode === "preview" && options.comment !== "false") {
    await commentOnPullRequest(options, await (deps.github ?? githubFromRunner)(), (octokit, target) =>
      postPreviewComment(octokit, target, result, {
        mode: options.comment,
        stackName: options.stackName,
        markdown,
        runUrl: runUrl(env),
      }),
    );
  }
  if (result.failure) throw new Error(result.failure.message);
}

async function uploadTemplate(s3: S3Client | undefined, bucket: string, template: Template): Promise<string> {
  // Loaded only for oversized templates, so ordinary runs do not pay for the S3 client.
  const upload = await import("./template-upload");
  const client = nameFailures(
    s3 ?? new (await import("@aws-sdk/client-s3")).S3Client(awsClientConfig(spec.name)),
  );
  const url = await upload.uploadTemplate(client, bucket, template);
  core.info(`Uploaded ${template.path} (${template.bytes} bytes) to ${url}`);
  return url;
}

/** The runner's GitHub: loaded only when needed, so deploys start without the GitHub client. */
async function githubFromRunner(): Promise<GitHubContext> {
  const { context, getOctokit } = await import("@actions/github");
  const number = context.payload.pull_request?.number;
  return {
    ...context.repo,
    sha: context.sha,
    ...(number === undefined ? {} : { pullRequest: number }),
    octokit: (token) => getOctokit(token),
  };
}

async function commentOnPullRequest(
  options: Options,
  github: GitHubContext,
  post: (octokit: Octokit, target: CommentTarget) => Promise<CommentResult>,
): Promise<void> {
  const number = github.pullRequest;
  if (number === undefined) {
    core.info("Not a pull request: the preview is in the job summary only");
    return;
  }
  if (!options.githubToken) {
    core.warning("No github-token: the preview is in the job summary only");
    return;
  }
  const target = { owner: github.owner, repo: github.repo, issueNumber: number };
  const comment = await post(github.octokit(options.githubToken), target);
  if (comment.action === "forbidden") {
    core.warning(
      `Could not comment on pull request #${number} (${comment.message}): a pull request from a fork gets a ` +
        `read-only token. The preview is in the job summary.`,
    );
  } else if (comment.action !== "skipped") {
    core.info(`Preview comment ${comment.action}: ${comment.url}`);
  }
}
