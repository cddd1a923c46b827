// A server for the latency benchmark, in its own process so the load generator does not share
// its event loop. Modes: "bare" (node:http, fixed JSON), "api-instant" (the API app with an
// agent that answers at once), "api-offline" (the API app with the in-process offline agent).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { InProcessAgentClient } from "../src/agent-client";
import { createLocalAgent } from "../../local/src/local-agent";
import { devUserAuth, startServer } from "../../local/src/server";

const mode = process.argv[2] ?? "api-instant";
const reply = {
  reply: "Saturday 10 July at 21:35.",
  metadata: { model: "stub", offline: true, toolCalls: [], durationMs: 0 },
};

if (mode === "bare") {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ...reply, requestId: "bare" }));
    });
  });
  server.listen(0, "127.0.0.1", () =>
    console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
  );
} else {
  const agent =
    mode === "api-offline"
      ? createLocalAgent({}, "bench").client
      : new InProcessAgentClient(async () => reply);
  const server = await startServer({
    agent,
    port: 0,
    version: "bench",
    auth: devUserAuth(),
    log: () => undefined,
  });
  console.log(server.url);
}
