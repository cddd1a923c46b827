import { Inputs } from "../../lib/src/index";
import { spec } from "../src/action-spec";
import { readOptions } from "../src/options";

const inputsOf = (values: Record<string, string>) => new Inputs((name) => values[name] ?? "", spec);
const required = { "source-dir": "web/dist", bucket: "trip-web", "distribution-id": "E2ABCDEF12345" };

describe("readOptions", () => {
  test("empty inputs take action.yml's defaults", () => {
    expect(readOptions(inputsOf(required))).toEqual({
      sourceDir: "web/dist",
      bucket: "trip-web",
      distributionId: "E2ABCDEF12345",
      wait: true,
      timeoutSeconds: 900,
      keepReleases: 3,
      lockWaitSeconds: 600,
    });
  });

  test.each([
    [{ bucket: "s3://trip-web" }, 'Input "bucket": expected a bucket name'],
    [
      { "distribution-id": "d111111abcdef8.cloudfront.net" },
      'Input "distribution-id": expected a CloudFront distribution id',
    ],
    [{ "distribution-id": "arn:aws:cloudfront::1:distribution/E2ABCDEF12345" }, 'Input "distribution-id"'],
    [{ "keep-releases": "1" }, 'Input "keep-releases": expected a number from 2 to 100, got 1'],
    [{ "lock-wait-minutes": "0" }, 'Input "lock-wait-minutes": expected a number from 1 to 360'],
    [{ wait: "yes" }, 'Input "wait": expected true or false'],
  ])("%j is refused", (overrides, message) => {
    expect(() => readOptions(inputsOf({ ...required, ...overrides }))).toThrow(message);
  });
});
