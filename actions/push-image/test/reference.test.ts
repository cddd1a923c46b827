import { InputError } from "../../lib/src/index";
import {
  formatReference,
  parseImageReference,
  parseRepository,
  registryOrigin,
  resolveTags,
} from "../src/reference";

const digest = `sha256:${"a".repeat(64)}`;

describe("parseImageReference", () => {
  test.each([
    [
      "public.ecr.aws/lambda/nodejs:20",
      { registry: "public.ecr.aws", repository: "lambda/nodejs", tag: "20" },
    ],
    ["127.0.0.1:5000/base/node", { registry: "127.0.0.1:5000", repository: "base/node", tag: "latest" }],
    [`localhost:5000/a/b@${digest}`, { registry: "localhost:5000", repository: "a/b", digest }],
    [`ghcr.io/o/r:v1@${digest}`, { registry: "ghcr.io", repository: "o/r", tag: "v1", digest }],
    ["node:20", { registry: "docker.io", repository: "library/node", tag: "20" }],
    [
      "https://public.ecr.aws/lambda/nodejs",
      { registry: "public.ecr.aws", repository: "lambda/nodejs", tag: "latest", scheme: "https" },
    ],
  ])("%s", (text, expected) => {
    expect(parseImageReference(text, "base-image")).toEqual(expected);
  });

  test.each([
    ["public.ecr.aws/Lambda/nodejs:20", /repository path "Lambda\/nodejs"/],
    ["public.ecr.aws/lambda/nodejs:-bad", /got tag "-bad"/],
    ["public.ecr.aws/lambda/nodejs@sha256:abc", /got digest "sha256:abc"/],
    [
      "http://registry.example.com/a/b",
      /plain http:\/\/ is only allowed for a registry on 127.0.0.1 or localhost/,
    ],
  ])("rejects %s naming the input", (text, message) => {
    const error = (() => {
      try {
        parseImageReference(text, "base-image");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^Input "base-image": /);
    expect((error as Error).message).toMatch(message);
  });

  test("round-trips through formatReference", () => {
    expect(formatReference(parseImageReference("public.ecr.aws/lambda/nodejs:20", "x"))).toBe(
      "public.ecr.aws/lambda/nodejs:20",
    );
    expect(formatReference(parseImageReference(`localhost:5000/a@${digest}`, "x"))).toBe(
      `localhost:5000/a@${digest}`,
    );
  });
});

describe("parseRepository", () => {
  test("takes an ECR repository URI and refuses a tag there", () => {
    expect(parseRepository("123456789012.dkr.ecr.us-east-2.amazonaws.com/trip/agent", "repository")).toEqual({
      registry: "123456789012.dkr.ecr.us-east-2.amazonaws.com",
      repository: "trip/agent",
    });
    expect(() =>
      parseRepository("123456789012.dkr.ecr.us-east-2.amazonaws.com/trip/agent:v1", "repository"),
    ).toThrow(/^Input "repository": .*give tags in the "tags" input/);
  });
});

describe("registryOrigin", () => {
  test("plain HTTP only on this machine", () => {
    expect(registryOrigin("127.0.0.1:5000")).toBe("http://127.0.0.1:5000");
    expect(registryOrigin("localhost:5000")).toBe("http://localhost:5000");
    expect(registryOrigin("127.0.0.1.example.com")).toBe("https://127.0.0.1.example.com");
    expect(registryOrigin("public.ecr.aws")).toBe("https://public.ecr.aws");
    expect(registryOrigin("docker.io")).toBe("https://registry-1.docker.io");
  });

  test("an explicit https:// is never downgraded, not even for a loopback registry", () => {
    const target = parseRepository("https://127.0.0.1:5000/trip/agent", "repository");
    expect(target).toEqual({ registry: "127.0.0.1:5000", repository: "trip/agent", scheme: "https" });
    expect(registryOrigin(target.registry, target.scheme)).toBe("https://127.0.0.1:5000");
    const base = parseImageReference("https://localhost:5000/base/node:24", "base-image");
    expect(registryOrigin(base.registry, base.scheme)).toBe("https://localhost:5000");
    expect(registryOrigin("127.0.0.1:5000", "http")).toBe("http://127.0.0.1:5000");
  });
});

describe("resolveTags", () => {
  test("defaults to the short SHA and latest, or latest alone outside a workflow", () => {
    expect(resolveTags([], "0123456789abcdef0123456789abcdef01234567")).toEqual(["0123456", "latest"]);
    expect(resolveTags([], undefined)).toEqual(["latest"]);
  });

  test("keeps given tags once each and rejects an invalid one naming it", () => {
    expect(resolveTags(["v1", "prod", "v1"], "x")).toEqual(["v1", "prod"]);
    expect(() => resolveTags(["ok", "not ok"], undefined)).toThrow(
      /^Input "tags": "not ok" is not a valid tag/,
    );
    expect(() => resolveTags([".hidden"], undefined)).toThrow(/"\.hidden" is not a valid tag/);
  });
});
