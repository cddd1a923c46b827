import * as core from "@actions/core";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { awsClientConfig, describeAwsError, Inputs, run, writeSummary } from "../../lib/src/index";
import { deployStack } from "./deploy";
import { readOptions } from "./options";
import { postPreviewComment, runUrl, setOutputs, summaryMarkdown } from "./publish";
import type { Template } from "./template";

const ACTION = "deploy-stack";

async function uploadTemplate(bucket: string, template: Template): Promise<string> {
  // Loaded only for oversized templates, so ordinary runs do not pay for the S3 client.
  const [{ S3Client }, upload] = await Promise.all([
    import("@aws-sdk/client-s3"),
    import("./template-upload"),
  ]);
  const url = await upload.uploadTemplate(new S3Client(awsClientConfig(ACTION)), bucket, template);
  core.info(`Uploaded ${template.path} (${template.bytes} bytes) to ${url}`);
  return url;
}

await run(ACTION, async ({ signal }) => {
  const options = await readOptions(new Inputs());
  for (const secret of options.secrets) core.setSecret(secret);
  const cfn = new CloudFormationClient(awsClientConfig(ACTION));
  const result = await deployStack(options, {
    cfn,
    uploadTemplate,
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
    // Loaded only for previews: deploys start faster without the GitHub client.
    const { context, getOctokit } = await import("@actions/github");
    const number = context.payload.pull_request?.number;
    if (number === undefined) {
      core.info("Not a pull request: the preview is in the job summary only");
    } else if (!options.githubToken) {
      core.warning("No github-token: the preview is in the job summary only");
    } else {
      const comment = await postPreviewComment(
        getOctokit(options.githubToken),
        { ...context.repo, issueNumber: number },
        result,
        { mode: options.comment, stackName: options.stackName, markdown, runUrl: runUrl(process.env) },
      );
      if (comment.action === "forbidden") {
        core.warning(
          `Could not comment on pull request #${number} (${comment.message}): a pull request from a fork gets a ` +
            `read-only token. The preview is in the job summary.`,
        );
      } else if (comment.action !== "skipped") {
        core.info(`Preview comment ${comment.action}: ${comment.url}`);
      }
    }
  }
  if (result.failure) throw new Error(result.failure.message);
});
