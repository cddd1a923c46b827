// The API under bad input and faults over real HTTP (the local server runs the same app): a
// huge chunked upload is cut off at the body limit, and an issuer that cannot be reached is a
// 503 with the usual error body.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { jwtAuth } from "../../local/src/auth-jwt";
import { createLocalAgent } from "../../local/src/local-agent";
import { devUserAuth, startServer, type RunningServer, type ServerOptions } from "../../local/src/server";
import { MAX_BODY_BYTES } from "@trip/contract";

const { client } = createLocalAgent({}, "test");
const closers: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(closers.map((close) => close())));

async function start(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const server = await startServer({
    agent: client,
    port: 0,
    auth: devUserAuth(),
    log: () => undefined,
    ...options,
  });
  closers.push(() => server.close());
  return server;
}

interface Upload {
  status: number;
  body: unknown;
  /** Bytes the client had handed to the socket when the answer arrived. */
  sentBeforeAnswer: number;
}

/** POSTs `total` bytes chunked (no Content-Length), stopping as soon as an answer arrives. */
function chunkedUpload(url: string, total: number, chunk = Buffer.alloc(64 * 1024, " ")): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    req.on("response", (res) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (part: string) => (text += part));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), sentBeforeAnswer });
        req.destroy();
      });
    });
    // Once answered, the server may drop the connection under the rest of the upload.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        const piece = sent === 0 ? Buffer.from('{"message":"') : chunk;
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      if (!answered) req.end('"}');
    };
    req.flushHeaders();
    pump();
  });
}

describe("the body limit over real HTTP", () => {
  it("answers 413 to a 100 MB chunked upload after reading about the limit, not the whole body", async () => {
    const server = await start();
    const total = 100 * 1024 * 1024;
    const upload = await chunkedUpload(server.url, total);
    expect(upload.status).toBe(413);
    expect(upload.body).toMatchObject({ error: { code: "payload_too_large", field: "body" } });
    // What the server read is at most what the client had sent: the limit plus socket buffers.
    expect(upload.sentBeforeAnswer).toBeLessThan(16 * 1024 * 1024);
    expect(upload.sentBeforeAnswer).toBeLessThan(total / 6);
  });

  it("still answers a chunked body under the limit", async () => {
    const server = await start();
    const upload = await chunkedUpload(server.url, MAX_BODY_BYTES / 2, Buffer.from("x".repeat(1024)));
    expect(upload.status).toBe(400);
    // A whole, valid JSON body of the right shape reached validation: only the length is wrong.
    expect(upload.body).toMatchObject({ error: { code: "invalid_request", field: "message" } });
  });
});

async function listening(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("an issuer that cannot be reached", () => {
  const signed = async (issuer: string, kid: string) => {
    const { privateKey } = await generateKeyPair("RS256");
    return new SignJWT({ name: "Maya" })
      .setProtectedHeader({ alg: "RS256", kid })
      .setSubject("maya")
      .setIssuer(issuer)
      .setAudience("web")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
  };
  const ask = (url: string, token: string) =>
    fetch(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ message: "When is our flight?" }),
    });

  it("answers 503 with the usual error body when nothing listens at the issuer", async () => {
    const gone = createServer();
    const issuer = await listening(gone);
    await new Promise((resolve) => gone.close(resolve));
    const server = await start({ auth: jwtAuth({ issuer, audience: ["web"] }) });
    const response = await ask(server.url, await signed(issuer, "k1"));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string }; requestId: string };
    expect(body).toEqual({
      error: {
        code: "auth_unavailable",
        message: expect.stringMatching(/Sign-in cannot be checked right now/),
      },
      requestId: response.headers.get("x-request-id"),
    });
  });

  it("answers 503 when the issuer's JWKS fails, and still 401 for a key the issuer does not have", async () => {
    const { publicKey } = await generateKeyPair("RS256", { extractable: true });
    let jwksStatus = 500;
    const issuerServer = createServer(async (req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url === "/.well-known/openid-configuration") {
        res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      } else if (jwksStatus !== 200) {
        res.statusCode = jwksStatus;
        res.end("{}");
      } else {
        res.end(JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "real", alg: "RS256" }] }));
      }
    });
    const issuer = await listening(issuerServer);
    const server = await start({ auth: jwtAuth({ issuer, audience: ["web"] }) });
    const failing = await ask(server.url, await signed(issuer, "real"));
    expect(failing.status).toBe(503);
    expect(((await failing.json()) as { error: { code: string } }).error.code).toBe("auth_unavailable");

    jwksStatus = 200;
    const unknownKey = await ask(server.url, await signed(issuer, "not-the-issuers"));
    expect(unknownKey.status).toBe(401);
  });
});
