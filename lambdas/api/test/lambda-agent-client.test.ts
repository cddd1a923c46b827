import { InvokeCommand, LambdaClient, ResourceNotFoundException } from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { AgentFailedError, AgentTimeoutError } from "../src/agent-client";
import { LambdaAgentClient } from "../src/lambda-agent-client";
import { invokePayload } from "./support/events";

const lambdaMock = mockClient(LambdaClient);
const encode = invokePayload;
const client = new LambdaAgentClient({
  lambda: () => new LambdaClient({ region: "eu-west-1" }),
  functionName: "arn:aws:lambda:eu-west-1:123456789012:function:trip-assistant-agent-prod",
  qualifier: "live",
});
const event = { message: "When is our flight?", history: [], user: { name: "Maya" } };
const signal = () => AbortSignal.timeout(2000);

beforeEach(() => lambdaMock.reset());

describe("LambdaAgentClient", () => {
  it("invokes the qualified function synchronously with the event as JSON", async () => {
    const reply = {
      reply: "Saturday.",
      metadata: { model: "gpt-4o-mini", offline: false, toolCalls: [], durationMs: 900 },
    };
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, ExecutedVersion: "12", Payload: encode(reply) });
    await expect(client.invoke(event, signal())).resolves.toEqual(reply);
    const input = lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input;
    expect(input?.FunctionName).toBe(
      "arn:aws:lambda:eu-west-1:123456789012:function:trip-assistant-agent-prod",
    );
    expect(input?.Qualifier).toBe("live");
    expect(input?.InvocationType).toBe("RequestResponse");
    expect(JSON.parse(new TextDecoder().decode(input?.Payload as Uint8Array))).toEqual(event);
  });

  it("maps a FunctionError to AgentFailedError carrying Lambda's error type and message", async () => {
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: "Unhandled",
      Payload: encode({ errorType: "Error", errorMessage: "boom", trace: ["Error: boom"] }),
    });
    const failure = client.invoke(event, signal());
    await expect(failure).rejects.toBeInstanceOf(AgentFailedError);
    await expect(failure).rejects.toThrow("trip-assistant-agent-prod:live failed: Error: boom");
  });

  it("maps Lambda's own timeout to AgentTimeoutError", async () => {
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: "Unhandled",
      Payload: encode({ errorType: "Sandbox.Timedout", errorMessage: "Task timed out after 30.00 seconds" }),
    });
    await expect(client.invoke(event, signal())).rejects.toBeInstanceOf(AgentTimeoutError);
  });

  it("maps SDK errors (missing alias) to AgentFailedError", async () => {
    lambdaMock.on(InvokeCommand).rejects(
      new ResourceNotFoundException({
        message: "Function not found: ...:live",
        $metadata: { httpStatusCode: 404 },
      }),
    );
    await expect(client.invoke(event, signal())).rejects.toThrow(
      /Invoking .*:live failed: ResourceNotFoundException: Function not found/,
    );
  });

  it("rejects a payload that is not an agent result", async () => {
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ answer: "hi" }) });
    await expect(client.invoke(event, signal())).rejects.toThrow("returned an unexpected payload");
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: invokePayload("not json") });
    await expect(client.invoke(event, signal())).rejects.toBeInstanceOf(AgentFailedError);
  });

  it("gives up with AgentTimeoutError when the signal aborts, and hands the signal to the SDK", async () => {
    lambdaMock.on(InvokeCommand).callsFake(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = client.invoke(event, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AgentTimeoutError);
    const options = (lambdaMock.commandCalls(InvokeCommand)[0]?.args as unknown[] | undefined)?.[1] as
      { abortSignal?: AbortSignal } | undefined;
    expect(options?.abortSignal).toBe(controller.signal);
  });
});
