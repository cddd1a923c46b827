import { join } from "node:path";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { awsClientConfig } from "../../lib/src/index";
import { deployStack } from "../src/deploy";
import { readTemplate } from "../src/template";
import { FakeCloudFormation } from "./fake-cloudformation";

// aws-sdk-client-mock replaces `send`, so the SDK's retry middleware never runs under it:
// throttling is tested over HTTP, with the action's own client configuration.
const fake = new FakeCloudFormation();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

test("a throttled request is retried by the SDK's retry strategy and the deploy succeeds", async () => {
  const cfn = new CloudFormationClient({
    ...awsClientConfig("deploy-stack", { AWS_REGION: "us-east-2" }),
    endpoint: fake.url,
    credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
  });
  const template = await readTemplate(join(import.meta.dirname, "fixtures", "app.yaml"));
  fake.throttle = 1;
  const result = await deployStack(
    {
      stackName: "app",
      template,
      parameters: {
        values: new Map([
          ["Stage", "prod"],
          ["ImageUri", "img@sha256:1"],
          ["OpenAiKeyParameter", "/trip/prod/openai-key"],
        ]),
        usePrevious: new Set(),
      },
      keepPrevious: new Set(),
      capabilities: ["CAPABILITY_NAMED_IAM"],
      tags: [],
      mode: "deploy",
      terminationProtection: false,
      timeoutSeconds: 20,
      gate: { statefulTypes: [], allow: [] },
      changeSetName: "deploy-stack-deploy-1",
      minDelaySeconds: 0.01,
      maxDelaySeconds: 0.05,
    },
    { cfn, log: () => {}, group: (_title, body) => body() },
  );
  expect(result.status).toBe("CREATE_COMPLETE");
  // The first DescribeStacks was throttled and sent again, identically.
  const [first, second] = fake.requests;
  expect(first?.action).toBe("DescribeStacks");
  expect(second?.params).toEqual(first?.params);
  expect([first?.attempt, second?.attempt]).toEqual(["attempt=1; max=8", "attempt=2; max=8"]);
  expect(fake.actions().filter((a) => a === "CreateChangeSet")).toHaveLength(1);
});
