// The Lambda entry module as Lambda loads it: configuration from the environment.
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import type { APIGatewayProxyResult } from "aws-lambda";
import { readApiConfig } from "../src/config";
import { httpApiEvent, invokePayload, lambdaContext } from "./support/events";

describe("API configuration", () => {
  it("requires AGENT_FUNCTION_NAME and defaults the qualifier to live", () => {
    expect(() => readApiConfig({})).toThrow("AGENT_FUNCTION_NAME is not set");
    expect(readApiConfig({ AGENT_FUNCTION_NAME: "agent" })).toEqual({
      environment: "local",
      agentFunctionName: "agent",
      agentQualifier: "live",
      agentTimeoutMs: 25_000,
    });
    expect(() => readApiConfig({ AGENT_FUNCTION_NAME: "agent", AGENT_TIMEOUT_MS: "soon" })).toThrow(
      'AGENT_TIMEOUT_MS is "soon": expected a positive whole number of milliseconds',
    );
  });
});

describe("handler entry", () => {
  it("invokes AGENT_FUNCTION_NAME at AGENT_QUALIFIER and reports APP_VERSION", async () => {
    const lambdaMock = mockClient(LambdaClient);
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      Payload: invokePayload(
        JSON.stringify({
          ping: { ok: true, version: "v9", graphCompiled: true, parameterReachable: true, durationMs: 3 },
        }),
      ),
    });
    Object.assign(process.env, {
      AGENT_FUNCTION_NAME: "trip-assistant-agent-staging",
      AGENT_QUALIFIER: "candidate",
      APP_VERSION: "v9",
      AWS_REGION: "eu-west-1",
    });
    const { handler } = await import("../src/handler");
    const health = (await handler(
      httpApiEvent({ path: "/api/health" }),
      lambdaContext,
    )) as APIGatewayProxyResult;
    expect(JSON.parse(health.body)).toEqual({ status: "ok", version: "v9" });
    const ping = (await handler(
      httpApiEvent({ method: "POST", path: "/api/messages", body: '{"message":"__ping__"}' }),
      lambdaContext,
    )) as APIGatewayProxyResult;
    expect(ping.statusCode).toBe(200);
    expect(lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input).toMatchObject({
      FunctionName: "trip-assistant-agent-staging",
      Qualifier: "candidate",
    });
    lambdaMock.restore();
  });
});
