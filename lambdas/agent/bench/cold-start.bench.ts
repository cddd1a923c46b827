// The agent's cold start: module evaluated and handler ready (target: at most 150 ms over bare
// node), then the first `__ping__` in the same process, which must report the graph compiled
// with the real (OpenAI) model: the SDK reads the key from a local fake SSM, no model is called.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildBundle, coldStarts, report } from "./bundle-metrics";

const ssm = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
  res.end(
    JSON.stringify({ Parameter: { Name: "/trip/bench/key", Type: "SecureString", Value: "sk-bench" } }),
  );
});
await new Promise<void>((resolve) => ssm.listen(0, "127.0.0.1", resolve));

const bundle = buildBundle("lambdas/agent");
const cold = await coldStarts(
  bundle,
  {
    AWS_REGION: "eu-west-1",
    AWS_ACCESS_KEY_ID: "AKIDBENCH",
    AWS_SECRET_ACCESS_KEY: "bench-secret",
    AWS_ENDPOINT_URL: `http://127.0.0.1:${(ssm.address() as AddressInfo).port}`,
    SSM_PARAMETER_NAME: "/trip/bench/key",
    ENVIRONMENT: "bench",
  },
  `handler({ message: "__ping__" })`,
);
ssm.close();
report("agent", bundle, cold, 150);
const { ping } = cold.afterResult as { ping: { ok: boolean; graphCompiled: boolean } };
if (!ping.ok || !ping.graphCompiled) throw new Error(`ping did not prove the graph: ${JSON.stringify(ping)}`);
console.log(
  `  first __ping__ answered (SSM read, graph compiled with the OpenAI model): ` +
    `+${((cold.afterMs ?? 0) - cold.nodeBootMs).toFixed(0)} ms over bare node`,
);
