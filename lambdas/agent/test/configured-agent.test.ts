// The agent as the Lambda handler and the local harness assemble it from the environment.
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import type { AgentPing, AgentReply } from "@trip/contract";
import { mockClient } from "aws-sdk-client-mock";
import { createAgentFromEnv } from "../src/configured-agent";

const ssmMock = mockClient(SSMClient);
const PARAMETER = "/trip-assistant/test/openai-api-key";

beforeEach(() => ssmMock.reset());

it("runs offline without a key, reporting the version it was given", async () => {
  const { agent, model, config } = createAgentFromEnv({ ENVIRONMENT: "dev" }, "abc1234");
  expect(model).toBe("offline");
  expect(config.environment).toBe("dev");
  const reply = (await agent.handle({ message: "When is our flight?" })) as AgentReply;
  expect(reply.metadata).toMatchObject({ model: "offline", offline: true });
  const { ping } = (await agent.handle({ message: "__ping__" })) as AgentPing;
  expect(ping).toMatchObject({ version: "abc1234", parameterReachable: false });
  expect(ssmMock.commandCalls(GetParameterCommand)).toHaveLength(0);
});

it("reads the key from the SSM parameter named in the environment", async () => {
  ssmMock.on(GetParameterCommand).resolves({ Parameter: { Value: "sk-from-ssm" } });
  const { agent, model } = createAgentFromEnv(
    { SSM_PARAMETER_NAME: PARAMETER, OPENAI_MODEL: "gpt-test" },
    "abc1234",
  );
  expect(model).toBe("gpt-test");
  const { ping } = (await agent.handle({ message: "__ping__" })) as AgentPing;
  expect(ping).toMatchObject({ ok: true, graphCompiled: true, parameterReachable: true });
  expect(ssmMock.commandCalls(GetParameterCommand).map((call) => call.args[0].input)).toEqual([
    { Name: PARAMETER, WithDecryption: true },
  ]);
});
