import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sha256Digest } from "../src/media-types";
import { AuthError, bufferSource, parseChallenge, RegistryClient, RegistryError } from "../src/registry";
import { startAuthProxy, type AuthProxy } from "./support/auth-proxy";
import { freePort, startRegistry, type LocalRegistry } from "./support/registry-server";

const retry = { retries: 2, minDelayMs: 5, maxDelayMs: 10 };
const users = { robot: "robot-password-42" };
let local: LocalRegistry;
let proxy: AuthProxy;

beforeAll(async () => {
  local = await startRegistry();
  proxy = await startAuthProxy({ upstream: local.origin, scheme: "bearer", users, anonymousPull: true });
});

afterAll(async () => {
  await proxy?.stop();
  await local?.stop();
});

const blob = (text: string) => {
  const bytes = Buffer.from(text);
  return { bytes, digest: sha256Digest(bytes) };
};

describe("RegistryClient with a token service", () => {
  test("answers the Bearer challenge with a token for exactly the scopes each call needs", async () => {
    const masked: string[] = [];
    const client = new RegistryClient({
      registry: proxy.registry,
      credentials: { username: "robot", password: users.robot },
      retry,
      mask: (s) => masked.push(s),
    });
    const { bytes, digest } = blob("hello bearer");
    await client.uploadBlob("team/app", digest, bufferSource(bytes));
    expect(await client.blobExists("team/app", digest)).toBe(true);
    expect(await client.getBlob("team/app", digest)).toEqual(bytes);

    expect(proxy.tokenRequests).toEqual([
      { user: "robot", scopes: ["repository:team/app:pull,push"] },
      { user: "robot", scopes: ["repository:team/app:pull"] },
    ]);
    // Each token is handed to the runner for masking before it is used.
    expect(masked).toHaveLength(2);
    expect(masked.every((token) => /^[a-f0-9]{32}$/.test(token))).toBe(true);
  });

  test("parallel requests share one ping and one token request", async () => {
    const client = new RegistryClient({ registry: proxy.registry, retry });
    proxy.tokenRequests.length = 0;
    const pings = proxy.requests.filter((r) => r.path === "/v2/").length;
    const digests = ["a", "b", "c", "d"].map((text) => blob(text).digest);
    expect(await Promise.all(digests.map((d) => client.blobExists("team/app", d)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(proxy.tokenRequests).toEqual([{ user: "anonymous", scopes: ["repository:team/app:pull"] }]);
    expect(proxy.requests.filter((r) => r.path === "/v2/").length).toBe(pings + 1);
  });

  test("pulls anonymously where the token service allows it, and says so when a push needs credentials", async () => {
    const anonymous = new RegistryClient({ registry: proxy.registry, retry });
    const { digest } = blob("hello bearer");
    expect(await anonymous.blobExists("team/app", digest)).toBe(true);
    const { bytes, digest: other } = blob("anonymous push");
    const error = await anonymous.uploadBlob("team/app", other, bufferSource(bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toBe(
      `${proxy.registry} refused upload to team/app (HTTP 401: UNAUTHORIZED authentication required) (no credentials were given)`,
    );
  });

  test("wrong credentials: the token service's refusal names the user, never the password", async () => {
    const client = new RegistryClient({
      registry: proxy.registry,
      credentials: { username: "robot", password: "not-the-password" },
      retry,
    });
    const error = await client.blobExists("team/app", blob("x").digest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toBe(
      `${proxy.registry}'s token service (${proxy.origin}/token) refused the credentials for user "robot" (HTTP 401)`,
    );
    expect((error as Error).message).not.toContain("not-the-password");
  });

  test("mounts a blob from another repository (201), asking for pull on the source", async () => {
    const client = new RegistryClient({
      registry: proxy.registry,
      credentials: { username: "robot", password: users.robot },
      retry,
    });
    const { digest } = blob("hello bearer");
    proxy.tokenRequests.length = 0;
    expect(await client.mountBlob("team/other", digest, "team/app")).toEqual({ mounted: true });
    expect(proxy.tokenRequests[0]?.scopes).toEqual([
      "repository:team/other:pull,push",
      "repository:team/app:pull",
    ]);
    expect(await client.blobExists("team/other", digest)).toBe(true);
  });

  test("a mount the registry cannot do (202) hands back an upload session that the upload then uses", async () => {
    const client = new RegistryClient({
      registry: proxy.registry,
      credentials: { username: "robot", password: users.robot },
      retry,
    });
    const { bytes, digest } = blob("never uploaded before");
    const mount = await client.mountBlob("team/third", digest, "team/app");
    expect(mount.mounted).toBe(false);
    expect(mount.location).toMatch(new RegExp(`^${proxy.origin}/v2/team/third/blobs/uploads/`));
    const posts = proxy.requests.filter((r) => r.method === "POST").length;
    await client.uploadBlob("team/third", digest, bufferSource(bytes), mount.location);
    expect(proxy.requests.filter((r) => r.method === "POST").length).toBe(posts);
    expect(await client.getBlob("team/third", digest)).toEqual(bytes);
  });
});

describe("RegistryClient uploads", () => {
  test("falls back to chunks when the registry refuses a single-request upload", async () => {
    const strict = await startAuthProxy({
      upstream: local.origin,
      scheme: "basic",
      users,
      rejectMonolithic: true,
    });
    try {
      const lines: string[] = [];
      const client = new RegistryClient({
        registry: strict.registry,
        credentials: { username: "robot", password: users.robot },
        retry,
        chunkSize: 64,
        log: (l) => lines.push(l),
      });
      const { bytes, digest } = blob("x".repeat(40));
      await client.uploadBlob("strict/app", digest, bufferSource(bytes));
      expect(lines).toContain(
        `${strict.registry} refused a single-request upload (HTTP 400); uploading in chunks instead`,
      );
      expect(strict.requests.filter((r) => r.method === "PATCH").map((r) => r.status)).toEqual([202]);
      const large = blob("y".repeat(200));
      await client.uploadBlob("strict/app", large.digest, bufferSource(large.bytes));
      // 200 bytes in 64-byte chunks: four PATCHes, and no second single-request attempt.
      expect(strict.requests.filter((r) => r.method === "PATCH")).toHaveLength(5);
      expect(strict.requests.filter((r) => r.status === 400)).toHaveLength(1);
      expect(await client.getBlob("strict/app", large.digest)).toEqual(large.bytes);
    } finally {
      await strict.stop();
    }
  });

  test("retries a 503 from the registry and then succeeds", async () => {
    const flaky = await startAuthProxy({
      upstream: local.origin,
      scheme: "basic",
      users,
      failBlobRequests: 2,
    });
    try {
      const lines: string[] = [];
      const client = new RegistryClient({
        registry: flaky.registry,
        credentials: { username: "robot", password: users.robot },
        retry,
        log: (l) => lines.push(l),
      });
      const { bytes, digest } = blob("flaky");
      await client.uploadBlob("flaky/app", digest, bufferSource(bytes));
      expect(flaky.requests.filter((r) => r.status === 503)).toHaveLength(2);
      expect(lines.filter((l) => l.includes("HTTP 503; retrying"))).toHaveLength(2);
      expect(await client.blobExists("flaky/app", digest)).toBe(true);
    } finally {
      await flaky.stop();
    }
  });

  test("rejects a manifest whose bytes do not match the digest asked for", async () => {
    const server = createServer((req, res) => {
      if (req.url === "/v2/") return res.writeHead(200).end("{}");
      res.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json" });
      res.end('{"schemaVersion":2}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const client = new RegistryClient({ registry, retry });
      const wanted = sha256Digest(Buffer.from("something else"));
      await expect(client.getManifest("x/y", wanted)).rejects.toThrow(
        `manifest x/y@${wanted} has digest ${sha256Digest(Buffer.from('{"schemaVersion":2}'))}`,
      );
    } finally {
      server.close();
    }
  });

  test("an unreachable registry fails with a clear message", async () => {
    const port = await freePort();
    const client = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      retry: { retries: 1, minDelayMs: 5 },
    });
    const error = await client.blobExists("a/b", blob("z").digest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toBe(
      `Could not reach registry 127.0.0.1:${port}: GET http://127.0.0.1:${port}/v2/ failed: ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
  });
});

describe("parseChallenge", () => {
  test("reads Bearer realm and service, Basic, and nothing", () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a:pull"',
      ),
    ).toEqual({ scheme: "bearer", realm: "https://auth.example/token", service: "registry.example" });
    expect(parseChallenge('Basic realm="ECR"')).toEqual({ scheme: "basic" });
    expect(parseChallenge(null)).toEqual({ scheme: "none" });
  });
});
