import { GetAliasCommand, LambdaClient, ResourceNotFoundException } from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { InputError, Inputs } from "../../lib/src/index";
import { spec } from "../src/action-spec";
import { main } from "../src/main";

const lambdaMock = mockClient(LambdaClient);
const lambda = new LambdaClient({
  region: "us-east-2",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
});
const context = (values: Record<string, string>) => ({
  inputs: new Inputs((name) => values[name] ?? "", spec),
  signal: new AbortController().signal,
});

beforeEach(() => lambdaMock.reset());

describe("main(context, deps), called without spawning", () => {
  test("bad input rejects before any AWS call", async () => {
    await expect(
      main(context({ "function-name": "trip-api", strategy: "canary 0 5" }), { lambda }),
    ).rejects.toThrow(InputError);
    expect(lambdaMock.calls()).toHaveLength(0);
  });

  test("a failure fails the step naming the stage and AWS's answer", async () => {
    lambdaMock.on(GetAliasCommand).rejects(
      new ResourceNotFoundException({
        message: "Function not found: arn:aws:lambda:us-east-2:123456789012:function:trip-api:live",
        $metadata: { httpStatusCode: 404 },
        Type: "User",
      }),
    );
    await expect(main(context({ "function-name": "trip-api" }), { lambda, env: {} })).rejects.toThrow(
      /^Failed while reading the alias: Alias "live" of trip-api not found/,
    );
    expect(lambdaMock.commandCalls(GetAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: "trip-api",
      Name: "live",
    });
  });
});
