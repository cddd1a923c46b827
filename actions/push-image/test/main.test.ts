import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Inputs } from "../../lib/src/index";
import { spec } from "../src/action-spec";
import { main } from "../src/main";
import { readOptions } from "../src/options";

const inputsOf = (values: Record<string, string>) => new Inputs((name) => values[name] ?? "", spec);

describe("readOptions", () => {
  test("empty inputs take action.yml's defaults: the Node.js 24 base, arm64, ECR sign-in", () => {
    const options = readOptions(
      inputsOf({ "source-dir": "dist", repository: "127.0.0.1:5000/apps/api" }),
      {},
    );
    expect(options).toMatchObject({
      handler: "index.handler",
      base: { registry: "public.ecr.aws", repository: "lambda/nodejs", tag: "24" },
      platform: { os: "linux", architecture: "arm64" },
      tags: ["latest"],
      auth: { mode: "ecr" },
    });
  });

  test("basic needs a user name and a password", () => {
    expect(() =>
      readOptions(inputsOf({ "source-dir": "d", repository: "r.example/a", "registry-auth": "basic" })),
    ).toThrow('Input "registry-username": is required and was empty');
  });
});

describe("main", () => {
  test("https:// given for a loopback registry is never downgraded to plain HTTP", async () => {
    const requests: string[] = [];
    const plain = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(200).end("{}");
    });
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
    const port = (plain.address() as AddressInfo).port;
    const source = mkdtempSync(join(tmpdir(), "main-app-"));
    writeFileSync(join(source, "index.mjs"), "export const handler = async () => 'ok';\n");
    try {
      await expect(
        main(
          {
            inputs: inputsOf({
              "source-dir": source,
              repository: `https://127.0.0.1:${port}/apps/api`,
              "base-image": `https://127.0.0.1:${port}/base/nodejs:24`,
              "registry-auth": "none",
            }),
            signal: new AbortController().signal,
          },
          { retry: { retries: 0 } },
        ),
      ).rejects.toThrow(
        `Could not reach registry 127.0.0.1:${port}: GET https://127.0.0.1:${port}/v2/ failed`,
      );
      // A TLS handshake reached the plain server; no HTTP request did.
      expect(requests).toEqual([]);
    } finally {
      plain.closeAllConnections();
      await new Promise<void>((resolve) => plain.close(() => resolve()));
    }
  });
});
