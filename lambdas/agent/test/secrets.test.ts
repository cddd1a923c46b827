import { GetParameterCommand, ParameterNotFound, SSMClient } from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { ApiKeyError, createApiKeySource, ssmClientConfig } from "../src/secrets";
import { startScriptedServer } from "./support/http";

const PARAMETER = "/trip-assistant/test/openai-api-key";
const ssmMock = mockClient(SSMClient);
const client = new SSMClient({ region: "eu-west-1" });

beforeEach(() => ssmMock.reset());

describe("API key source", () => {
  it("fetches the SecureString with decryption once and serves later calls from the cache", async () => {
    ssmMock
      .on(GetParameterCommand)
      .resolves({ Parameter: { Name: PARAMETER, Type: "SecureString", Value: "sk-from-ssm\n" } });
    const source = createApiKeySource({ parameterName: PARAMETER, ssm: () => client });
    await expect(Promise.all([source.get(), source.get()])).resolves.toEqual(["sk-from-ssm", "sk-from-ssm"]);
    await expect(source.get()).resolves.toBe("sk-from-ssm");
    expect(ssmMock.commandCalls(GetParameterCommand)).toHaveLength(1);
    expect(ssmMock.commandCalls(GetParameterCommand)[0]?.args[0].input).toEqual({
      Name: PARAMETER,
      WithDecryption: true,
    });
  });

  it("does not touch SSM when the environment has a key, but still probes the parameter for ping", async () => {
    ssmMock.on(GetParameterCommand).resolves({ Parameter: { Value: "sk-from-ssm" } });
    let clientsCreated = 0;
    const source = createApiKeySource({
      envKey: "sk-local",
      parameterName: PARAMETER,
      ssm: () => {
        clientsCreated++;
        return client;
      },
    });
    await expect(source.get()).resolves.toBe("sk-local");
    expect(clientsCreated).toBe(0);
    await expect(source.probe()).resolves.toEqual({ reachable: true });
    expect(ssmMock.commandCalls(GetParameterCommand)).toHaveLength(1);
  });

  it("is offline (no key) when neither the environment nor a parameter name is set", async () => {
    const source = createApiKeySource({ ssm: () => client });
    await expect(source.get()).resolves.toBeUndefined();
    await expect(source.probe()).resolves.toEqual({
      reachable: false,
      error: "SSM_PARAMETER_NAME is not set",
    });
  });

  it("turns ParameterNotFound into a clear error, and retries on the next call", async () => {
    ssmMock
      .on(GetParameterCommand)
      .rejectsOnce(
        new ParameterNotFound({ message: "Parameter not found", $metadata: { httpStatusCode: 400 } }),
      )
      .resolves({ Parameter: { Value: "sk-written-later" } });
    const source = createApiKeySource({ parameterName: PARAMETER, ssm: () => client });
    const failure = source.get();
    await expect(failure).rejects.toBeInstanceOf(ApiKeyError);
    await expect(failure).rejects.toThrow(
      `SSM parameter ${PARAMETER} (SSM_PARAMETER_NAME) does not exist: write the OpenAI key to it as a SecureString`,
    );
    await expect(source.get()).resolves.toBe("sk-written-later");
  });

  it("reports an empty parameter and other SDK errors with the parameter name", async () => {
    ssmMock.on(GetParameterCommand).resolvesOnce({ Parameter: { Value: "  " } });
    const source = createApiKeySource({ parameterName: PARAMETER, ssm: () => client });
    await expect(source.get()).rejects.toThrow(`SSM parameter ${PARAMETER} is empty`);
    const denied = Object.assign(new Error("User is not authorized to perform ssm:GetParameter"), {
      name: "AccessDeniedException",
      $metadata: { httpStatusCode: 400 },
    });
    ssmMock.on(GetParameterCommand).rejects(denied);
    await expect(source.probe()).resolves.toEqual({
      reachable: false,
      error: `Could not read SSM parameter ${PARAMETER}: AccessDeniedException: User is not authorized to perform ssm:GetParameter`,
    });
  });
});

describe("API key source against an SSM endpoint that throttles", () => {
  // aws-sdk-client-mock replaces `send`, which skips the SDK's retry middleware; a real client
  // against a local endpoint proves the configured retry strategy absorbs throttling.
  it("retries ThrottlingException with the SDK's standard retry strategy", async () => {
    ssmMock.restore();
    const server = await startScriptedServer((_request, index) =>
      index < 2
        ? {
            status: 400,
            headers: { "content-type": "application/x-amz-json-1.1" },
            body: { __type: "ThrottlingException", message: "Rate exceeded" },
          }
        : {
            body: {
              Parameter: { Name: PARAMETER, Type: "SecureString", Value: "sk-after-throttling", Version: 3 },
            },
          },
    );
    try {
      const real = new SSMClient({
        ...ssmClientConfig,
        region: "eu-west-1",
        endpoint: server.url,
        credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test-secret" },
      });
      const source = createApiKeySource({ parameterName: PARAMETER, ssm: () => real });
      await expect(source.get()).resolves.toBe("sk-after-throttling");
      expect(server.requests).toHaveLength(3);
      for (const request of server.requests) {
        expect(request.headers["x-amz-target"]).toBe("AmazonSSM.GetParameter");
        expect(JSON.parse(request.body)).toEqual({ Name: PARAMETER, WithDecryption: true });
      }
    } finally {
      await server.close();
    }
  });
});
