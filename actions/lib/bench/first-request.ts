// Times a process from spawn to the first HTTP request it sends to a local endpoint: for an
// action, start-up to its first AWS call (the SDK is pointed here by AWS_ENDPOINT_URL).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** A local endpoint that reports each request's arrival and answers nothing useful. */
export class FirstRequestServer {
  private readonly server = createServer((req: IncomingMessage, res: ServerResponse) => {
    this.onRequest?.(req);
    req.resume();
    res.writeHead(500, { "content-type": "application/json" }).end("{}");
  });
  onRequest: ((req: IncomingMessage) => void) | undefined;
  url = "";

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

export interface Subject {
  name: string;
  /** Arguments to `node`. */
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * CPU time a process has used so far, all its threads (Linux `schedstat`, nanoseconds): on a
 * shared machine this moves far less than wall time. NaN where /proc is not there.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    const ns = tasks.reduce(
      (sum, task) => sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]),
      0,
    );
    return ns / 1e6;
  } catch {
    return NaN;
  }
}

export interface Timing {
  /** Spawn to the first request's arrival. */
  wallMs: number;
  /** CPU time the process had used when its first request arrived. */
  cpuMs: number;
}

/** Spawn to the subject's first request, wall and CPU time; fails when it exits first. */
export async function timeToFirstRequest(server: FirstRequestServer, subject: Subject): Promise<Timing> {
  const started = performance.now();
  const child = spawn(process.execPath, subject.args, {
    env: { PATH: process.env.PATH, ...subject.env, AWS_ENDPOINT_URL: server.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    return await new Promise<Timing>((resolve, reject) => {
      server.onRequest = () => resolve({ wallMs: performance.now() - started, cpuMs: cpuMs(child.pid) });
      void closed.then((code) =>
        reject(new Error(`${subject.name} exited (${code}) before any AWS request:\n${output}`)),
      );
    });
  } finally {
    server.onRequest = undefined;
    child.kill("SIGKILL");
    await closed;
  }
}

/** A bare Node process sending one plain HTTP request: the floor every subject is measured against. */
export const bareNode: Subject = {
  name: "bare node",
  args: [
    "-e",
    `require("node:http").request(process.env.AWS_ENDPOINT_URL, { method: "POST" }).on("error", () => {}).end("{}")`,
  ],
  env: {},
};
