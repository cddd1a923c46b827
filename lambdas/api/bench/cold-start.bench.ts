import { buildBundle, bundleSizeKiB, coldStarts, report } from "../../agent/bench/bundle-metrics";

const bundle = buildBundle("lambdas/api");
const cold = coldStarts(bundle, {
  AWS_REGION: "eu-west-1",
  AGENT_FUNCTION_NAME: "trip-assistant-agent-bench",
  ENVIRONMENT: "bench",
});
report("api", bundleSizeKiB(bundle), cold, 80);
