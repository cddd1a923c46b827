// The API's added latency: autocannon at 50 connections against the local server (the same
// Hono app as the Lambda) with an in-process agent, compared with a bare node:http server
// answering the same JSON under the same load.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";

const CONNECTIONS = 50;
const DURATION_S = 5;
const body = JSON.stringify({
  message: "When is our flight?",
  history: [
    { role: "user", content: "Hello" },
    { role: "assistant", content: "Hi! How can I help?" },
  ],
});

async function measure(mode: string) {
  // Node itself, not `npx tsx`: killing a wrapper would leave the server running, competing
  // with the next measurement and keeping this process alive.
  const child = spawn(process.execPath, ["--import", "tsx", "lambdas/api/bench/latency-server.ts", mode], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  const url = chunk.toString().trim();
  try {
    const run = (duration: number) =>
      autocannon({
        url: `${url}/api/messages`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        connections: CONNECTIONS,
        duration,
      });
    await run(1); // warm-up: JIT and lazy initialisation
    const result = await run(DURATION_S);
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
  } finally {
    child.kill();
    await once(child, "exit");
  }
}

const bare = await measure("bare");
const api = await measure("api-instant");
const offline = await measure("api-offline");
const line = (name: string, r: { p50: number; p99: number; rps: number }) =>
  `${name.padEnd(34)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   ${r.rps.toFixed(0).padStart(6)} req/s`;
console.log(
  `POST /api/messages, ${CONNECTIONS} connections, ${DURATION_S} s each ` +
    `(${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} while measuring: other work skews these numbers)`,
);
console.log(line("bare node:http baseline", bare));
console.log(line("API, instant in-process agent", api));
console.log(line("API, offline agent (end to end)", offline));
const addedP50 = api.p50 - bare.p50;
const addedP99 = api.p99 - bare.p99;
console.log(
  `API added latency (API with instant agent minus baseline): p50 ${addedP50.toFixed(1)} ms, p99 ${addedP99.toFixed(1)} ms ` +
    `(${addedP99 < 10 ? "meets" : "MISSES"} the 10 ms p99 target)`,
);
