// The chain-ping action's direct invocation against the real API and agent code: the event
// the action builds goes through the API Lambda handler, which reaches the real agent, which
// reads its (mocked) SSM parameter and compiles its graph. If the action's event or the
// API's ping contract drifts, this fails.
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { GetParameterCommand, ParameterNotFound, SSMClient } from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { checkChain } from "../../../actions/chain-checks/src/index";
import { createAgent } from "../../agent/src/agent";
import { createApiKeySource } from "../../agent/src/secrets";
import { loadTrip } from "../../agent/src/trip/load";
import { InProcessAgentClient } from "../src/agent-client";
import { createLambdaHandler } from "../src/lambda";
import { lambdaContext } from "./support/events";

const lambdaMock = mockClient(LambdaClient);
const ssmMock = mockClient(SSMClient);
const parameterName = "/trip-assistant/test/openai-api-key";

const apiHandler = createLambdaHandler({
  version: "abc1234",
  agent: new InProcessAgentClient((event) =>
    createAgent({
      trip: loadTrip(),
      version: "abc1234",
      modelName: "gpt-4o-mini",
      apiKey: createApiKeySource({ parameterName, ssm: () => new SSMClient({ region: "us-east-2" }) }),
    }).handle(event),
  ),
});

beforeEach(() => {
  lambdaMock.reset();
  ssmMock.reset();
  lambdaMock.on(InvokeCommand).callsFake(async (input: { Payload: Uint8Array }) => {
    const event = JSON.parse(Buffer.from(input.Payload).toString("utf8"));
    const response = await apiHandler(event, lambdaContext as never);
    return { StatusCode: 200, ExecutedVersion: "7", Payload: Buffer.from(JSON.stringify(response)) };
  });
});

const check = () =>
  checkChain(
    { functionName: "trip-assistant-api-test", qualifier: "live" },
    { lambda: new LambdaClient({ region: "us-east-2" }), attempts: 1, timeoutSeconds: 10 },
  );

test("the chain-ping event reaches the agent through the API handler and passes", async () => {
  ssmMock.on(GetParameterCommand).resolves({ Parameter: { Name: parameterName, Value: "sk-test" } });
  const result = await check();
  expect(result.hops.map(({ hop, ok }) => ({ hop, ok }))).toEqual([{ hop: "direct-invoke", ok: true }]);
  expect(ssmMock.commandCalls(GetParameterCommand)[0]?.args[0].input).toEqual({
    Name: parameterName,
    WithDecryption: true,
  });
  expect(lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input).toMatchObject({
    FunctionName: "trip-assistant-api-test",
    Qualifier: "live",
  });
});

test("an unreadable SSM parameter fails the direct-invoke hop", async () => {
  ssmMock.on(GetParameterCommand).rejects(new ParameterNotFound({ message: "not found", $metadata: {} }));
  const result = await check();
  expect(result.ok).toBe(false);
  expect(result.hops[0]).toMatchObject({ hop: "direct-invoke", ok: false });
  expect(result.hops[0]?.detail).toMatch(/parameterReachable/);
});
