import { Inputs } from "../../lib/src/index";
import { spec } from "../src/action-spec";
import { readOptions } from "../src/options";

const inputsOf = (values: Record<string, string>) => new Inputs((name) => values[name] ?? "", spec);
const readTarget = (inputs: ReturnType<typeof inputsOf>) => readOptions(inputs).target;

describe("readOptions", () => {
  test("an API URL with a token, and a function with its default qualifier", () => {
    expect(
      readTarget(
        inputsOf({
          "api-url": "https://abc.execute-api.us-east-2.amazonaws.com/",
          "function-name": "trip-api",
          token: "t",
        }),
      ),
    ).toEqual({
      apiUrl: "https://abc.execute-api.us-east-2.amazonaws.com/",
      functionName: "trip-api",
      qualifier: "live",
      token: "t",
    });
  });

  test("a function given by its unqualified ARN", () => {
    const arn = "arn:aws:lambda:us-east-2:123456789012:function:trip-api";
    expect(readTarget(inputsOf({ "function-name": arn }))).toEqual({ functionName: arn, qualifier: "live" });
  });

  test("a function alone, with a version as qualifier", () => {
    expect(readTarget(inputsOf({ "function-name": "trip-api", qualifier: "17" }))).toEqual({
      functionName: "trip-api",
      qualifier: "17",
    });
  });

  test.each([
    [{}, 'Input "api-url": give api-url, function-name, or both'],
    [{ "api-url": "abc.execute-api.amazonaws.com" }, 'Input "api-url": expected an http(s) URL'],
    [{ "api-url": "ftp://host" }, 'Input "api-url": expected an http(s) URL'],
    [{ "function-name": "f", token: "t" }, 'Input "token": is only used with api-url'],
    [
      { "function-name": "trip-api:live" },
      'Input "function-name": expected a function name or unqualified function ARN, got "trip-api:live"',
    ],
    [
      { "function-name": "arn:aws:lambda:us-east-2:123456789012:function:trip-api:live" },
      'Input "function-name": expected a function name or unqualified function ARN',
    ],
    [{ "function-name": "trip api" }, 'Input "function-name": expected a function name'],
    [
      { "function-name": "f", qualifier: "live alias" },
      'Input "qualifier": expected an alias name or version number',
    ],
  ])("%j is rejected", (values, message) => {
    expect(() => readTarget(inputsOf(values))).toThrow(message);
  });

  test("attempts and timeout come from action.yml's defaults when empty", () => {
    const { attempts, timeoutSeconds } = readOptions(inputsOf({ "function-name": "f" }));
    expect({ attempts, timeoutSeconds }).toEqual({
      attempts: Number(spec.inputs.attempts.default),
      timeoutSeconds: Number(spec.inputs["timeout-seconds"].default),
    });
  });

  test.each([
    [{ "function-name": "f", attempts: "0" }, 'Input "attempts": expected a number from 1 to 20, got 0'],
    [{ "function-name": "f", "timeout-seconds": "soon" }, 'Input "timeout-seconds": expected a whole number'],
  ])("%j is rejected", (values, message) => {
    expect(() => readOptions(inputsOf(values))).toThrow(message);
  });
});
