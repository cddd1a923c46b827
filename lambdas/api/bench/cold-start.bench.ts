// The API's cold start: module evaluated and handler ready; target at most 40 ms over bare node.
import { buildBundle, coldStarts, report } from "../../agent/bench/bundle-metrics";

const bundle = buildBundle("lambdas/api");
const cold = await coldStarts(bundle, {
  AWS_REGION: "eu-west-1",
  AGENT_FUNCTION_NAME: "trip-assistant-agent-bench",
  ENVIRONMENT: "bench",
});
report("api", bundle, cold, 40);
