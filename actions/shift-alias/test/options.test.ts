import { Inputs, InputError } from "../../lib/src/index";
import { spec } from "../src/action-spec";
import { readOptions } from "../src/options";

const read = (values: Record<string, string>) => readOptions(new Inputs((name) => values[name] ?? "", spec));

function inputError(values: Record<string, string>): InputError {
  try {
    read(values);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readOptions", () => {
  test("defaults: live alias, $LATEST, all at once, rollback on", () => {
    const options = read({ "function-name": "trip-api" });
    expect(options).toEqual({
      functionName: "trip-api",
      alias: "live",
      target: { kind: "latest" },
      strategy: { kind: "all-at-once", steps: [{ weight: 100, waitMinutes: 0 }] },
      checks: { attempts: 5, timeoutSeconds: 30 },
      rollbackOnFailure: true,
      updateTimeoutSeconds: 900,
    });
  });

  test("reads an image rollout with checks", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    const options = read({
      "function-name": "arn:aws:lambda:us-east-2:123456789012:function:trip-api",
      "image-uri": `123456789012.dkr.ecr.us-east-2.amazonaws.com/trip-api@${digest}`,
      strategy: "canary 10 5",
      "api-url": "https://abc.execute-api.us-east-2.amazonaws.com",
      "ping-function": "trip-api",
      "ping-token": "eyJ.token",
      "check-attempts": "3",
      "rollback-on-failure": "false",
    });
    expect(options.target).toEqual({
      kind: "image",
      imageUri: `123456789012.dkr.ecr.us-east-2.amazonaws.com/trip-api@${digest}`,
    });
    expect(options.checks).toEqual({
      apiUrl: "https://abc.execute-api.us-east-2.amazonaws.com",
      pingFunction: "trip-api",
      token: "eyJ.token",
      attempts: 3,
      timeoutSeconds: 30,
    });
    expect(options.rollbackOnFailure).toBe(false);
  });

  test("to-version takes a number or previous", () => {
    expect(read({ "function-name": "f", "to-version": "12" }).target).toEqual({
      kind: "version",
      version: "12",
    });
    expect(read({ "function-name": "f", "to-version": "previous" }).target).toEqual({ kind: "previous" });
  });

  test.each([
    [{}, "function-name", /is required/],
    [{ "function-name": "trip-api:live" }, "function-name", /unqualified function ARN, got "trip-api:live"/],
    [{ "function-name": "f", alias: "12" }, "alias", /not only digits/],
    [
      { "function-name": "f", "image-uri": "repo/x:1", "to-version": "3" },
      "to-version",
      /cannot be combined with "image-uri"/,
    ],
    [{ "function-name": "f", "image-uri": "trip-api" }, "image-uri", /with a tag or digest/],
    [{ "function-name": "f", "image-uri": "r.example/trip@sha256:abc" }, "image-uri", /with a tag or digest/],
    [{ "function-name": "f", "to-version": "$LATEST" }, "to-version", /version number .* or "previous"/],
    [{ "function-name": "f", "to-version": "0" }, "to-version", /version number/],
    [{ "function-name": "f", strategy: "canary 100 5" }, "strategy", /1 to 99/],
    [{ "function-name": "f", strategy: "canary 10" }, "strategy", /canary PCT MINUTES/],
    [{ "function-name": "f", "api-url": "abc.execute-api.amazonaws.com" }, "api-url", /http\(s\) URL/],
    [{ "function-name": "f", "ping-token": "t" }, "ping-token", /only used with "api-url"/],
    [{ "function-name": "f", "check-attempts": "0" }, "check-attempts", /from 1 to 20/],
    [{ "function-name": "f", "rollback-on-failure": "yes" }, "rollback-on-failure", /true or false/],
  ])("rejects %p naming %s", (values, input, message) => {
    const error = inputError(values as Record<string, string>);
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });
});
