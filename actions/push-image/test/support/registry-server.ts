import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface LocalRegistry {
  /** `127.0.0.1:PORT`, the registry part of image references. */
  registry: string;
  origin: string;
  stop(): Promise<void>;
}

const binary = process.env.DOCKER_REGISTRY_BIN ?? "/usr/bin/docker-registry";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/**
 * Debian's `docker-registry` (the CNCF distribution registry) on a free loopback port with
 * its own storage folder, ready once `/v2/` answers.
 */
export async function startRegistry(): Promise<LocalRegistry> {
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: install Debian's docker-registry package (npm test does it)`);
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "registry-"));
  const config = join(dir, "config.yml");
  writeFileSync(
    config,
    [
      "version: 0.1",
      "log:",
      "  level: error",
      "  accesslog:",
      "    disabled: true",
      "storage:",
      "  filesystem:",
      `    rootdirectory: ${join(dir, "storage")}`,
      "  delete:",
      "    enabled: true",
      "http:",
      `  addr: 127.0.0.1:${port}`,
      "  secret: local-test-only",
      "",
    ].join("\n"),
  );
  const child = spawn(binary, ["serve", config], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${origin}/v2/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { registry: `127.0.0.1:${port}`, origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await stop();
  throw new Error(`docker-registry did not start on port ${port}: ${stderr}`);
}
