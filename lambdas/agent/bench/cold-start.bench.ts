import { buildBundle, bundleSizeKiB, coldStarts, report } from "./bundle-metrics";

const bundle = buildBundle("lambdas/agent");
const cold = coldStarts(bundle, {
  AWS_REGION: "eu-west-1",
  SSM_PARAMETER_NAME: "/trip-assistant/bench/openai-api-key",
  ENVIRONMENT: "bench",
});
report("agent", bundleSizeKiB(bundle), cold, 300);
