import { planChecks, functionNameOf } from "../src/checks";
import {
  aliasDescription,
  imageDigest,
  parseAliasDescription,
  sameImage,
  versionDescription,
} from "../src/provenance";

const repo = "123456789012.dkr.ecr.us-east-2.amazonaws.com/trip-api";
const digest = `sha256:${"b".repeat(64)}`;

describe("alias description", () => {
  test("records the previous version so a rollback can read it back", () => {
    const text = aliasDescription("12", "13", { sha: "0123456789abcdef0123", runId: "77" });
    expect(text).toBe("previous=12 deployed=13 by 0123456789ab run 77");
    expect(parseAliasDescription(text)).toEqual({ previous: "12", deployed: "13" });
    expect(parseAliasDescription(aliasDescription("3", "2", {}, "to-version"))).toEqual({
      previous: "3",
      deployed: "2",
    });
  });

  test("a description someone else wrote is no record", () => {
    expect(parseAliasDescription("Live alias managed by the app stack")).toBeUndefined();
    expect(parseAliasDescription("")).toBeUndefined();
    expect(parseAliasDescription(undefined)).toBeUndefined();
  });

  test("stays within Lambda's 256 characters", () => {
    expect(versionDescription(`image ${"x".repeat(300)}`, { sha: "a".repeat(40) })).toHaveLength(256);
  });
});

describe("images", () => {
  test("only a digest pins an image", () => {
    expect(imageDigest(`${repo}@${digest}`)).toBe(digest);
    expect(imageDigest(`${repo}:v1`)).toBeUndefined();
  });

  test("same image means same repository and digest", () => {
    expect(sameImage(`${repo}@${digest}`, `${repo}@${digest}`)).toBe(true);
    expect(sameImage(`${repo}@${digest}`, `${repo}@sha256:${"c".repeat(64)}`)).toBe(false);
    expect(sameImage(`${repo}@${digest}`, `${repo}-other@${digest}`)).toBe(false);
    // A tag can have moved since Lambda resolved it: never assume it is the same image.
    expect(sameImage(`${repo}:latest`, `${repo}@${digest}`)).toBe(false);
  });
});

describe("planChecks", () => {
  const checks = { attempts: 3, timeoutSeconds: 10 };

  test("shifting the pinged function: the new version is invoked by number before and during", () => {
    const plan = planChecks(
      "trip-api",
      "live",
      {
        ...checks,
        pingFunction: "arn:aws:lambda:us-east-2:123456789012:function:trip-api",
        apiUrl: "https://api",
      },
      "13",
    );
    expect(plan.preShift).toEqual({
      functionName: "arn:aws:lambda:us-east-2:123456789012:function:trip-api",
      qualifier: "13",
    });
    expect(plan.during).toEqual({
      apiUrl: "https://api",
      functionName: "arn:aws:lambda:us-east-2:123456789012:function:trip-api",
      qualifier: "13",
    });
  });

  test("shifting the agent behind the API: nothing reaches the new version before the shift", () => {
    const plan = planChecks(
      "trip-agent",
      "live",
      { ...checks, pingFunction: "trip-api", apiUrl: "https://api", token: "t" },
      "7",
    );
    expect(plan.preShift).toBeUndefined();
    expect(plan.during).toEqual({
      apiUrl: "https://api",
      token: "t",
      functionName: "trip-api",
      qualifier: "live",
    });
    expect(plan.notes.join(" ")).toMatch(/only the check at 100% proves version 7/);
  });

  test("api-url alone checks the public path after each step only", () => {
    const plan = planChecks("trip-api", "live", { ...checks, apiUrl: "https://api" }, "4");
    expect(plan.preShift).toBeUndefined();
    expect(plan.during).toEqual({ apiUrl: "https://api" });
  });

  test("no checks at all says so", () => {
    const plan = planChecks("trip-api", "live", checks, "4");
    expect(plan).toEqual({ notes: [expect.stringMatching(/verifies nothing/)] });
  });

  test("function names compare without the ARN prefix", () => {
    expect(functionNameOf("arn:aws:lambda:eu-west-1:123456789012:function:f-1")).toBe("f-1");
    expect(functionNameOf("f-1")).toBe("f-1");
  });
});
