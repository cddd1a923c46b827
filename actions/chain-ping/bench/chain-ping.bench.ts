// Bundle size, cold start of the bundle, and the overhead of a full HTTP chain check.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkChain } from "../../chain-checks/src/index";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");
console.log(`bundle: ${(statSync(dist).size / 1024 / 1024).toFixed(2)} MB`);

const starts: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  spawnSync(process.execPath, [dist], { env: { PATH: process.env.PATH } });
  starts.push(performance.now() - started);
}
starts.sort((a, b) => a - b);
console.log(`start-up to first input error: median ${starts[2]?.toFixed(0)} ms over 5 runs`);

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/api/health") return res.end(JSON.stringify({ status: "ok", version: "1" }));
    if (!req.headers.authorization) return res.writeHead(401).end("{}");
    res.end(
      JSON.stringify({ ping: { ok: true, version: "1", graphCompiled: true, parameterReachable: true } }),
    );
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const rounds = 50;
const started = performance.now();
for (let i = 0; i < rounds; i++) {
  const result = await checkChain({ apiUrl, token: "t" }, { attempts: 1, timeoutSeconds: 5 });
  if (!result.ok) throw new Error("bench chain failed");
}
console.log(
  `3-hop HTTP chain check against a local API: ${((performance.now() - started) / rounds).toFixed(2)} ms each`,
);
server.close();
