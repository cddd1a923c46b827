import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny stand-in for the Lambda REST API (the calls shift-alias makes, with Lambda's own
 * rules for RevisionId, CodeSha256 and idempotent publishing) plus the two public routes the
 * chain checks call, on 127.0.0.1. Used where the real SDK must do its own HTTP: throttling
 * retries, and the bundled action run in a child process.
 */
interface Version {
  version: string;
  codeSha256: string;
  resolvedImageUri: string;
  description: string;
}

export interface FakeState {
  functionName: string;
  latest: { codeSha256: string; imageUri: string; resolvedImageUri: string; revision: number };
  /** $LATEST revision the last published version was made from. */
  publishedFrom: number;
  versions: Version[];
  alias: {
    name: string;
    version: string;
    weights: Record<string, number>;
    description: string;
    revisionId: string;
  };
  /** Versions whose invocation fails, as a broken deploy would. */
  broken: Set<string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
}

export function initialState(functionName: string, image: string): FakeState {
  const codeSha256 = digestHex(image);
  return {
    functionName,
    latest: { codeSha256, imageUri: image, resolvedImageUri: image, revision: 1 },
    publishedFrom: 1,
    versions: [{ version: "1", codeSha256, resolvedImageUri: image, description: "" }],
    alias: {
      name: "live",
      version: "1",
      weights: {},
      description: "Created by the app stack",
      revisionId: "rev-1",
    },
    broken: new Set(),
  };
}

const digestHex = (image: string) =>
  /@sha256:([0-9a-f]{64})$/.exec(image)?.[1] ?? createHash("sha256").update(image).digest("hex");

export async function startFakeLambda(state: FakeState) {
  const requests: RecordedRequest[] = [];
  const failures: Array<{ match: RegExp; status: number; type: string; message: string }> = [];
  let revisions = 1;

  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      requests.push({ method: req.method ?? "", path: url.pathname + url.search, body });
      const key = `${req.method} ${url.pathname}`;
      const failure = failures.findIndex((f) => f.match.test(key));
      if (failure !== -1) {
        const [f] = failures.splice(failure, 1);
        if (f) return error(res, f.status, f.type, f.message);
      }
      route(req, url, body, res);
    });
  });

  const json = (
    res: ServerResponse,
    status: number,
    value: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(value));
  };
  const error = (res: ServerResponse, status: number, type: string, message: string) =>
    json(res, status, { Type: "User", message }, { "x-amzn-errortype": type });

  const aliasJson = () => ({
    AliasArn: `arn:aws:lambda:us-east-2:123456789012:function:${state.functionName}:${state.alias.name}`,
    Name: state.alias.name,
    FunctionVersion: state.alias.version,
    Description: state.alias.description,
    RoutingConfig: { AdditionalVersionWeights: state.alias.weights },
    RevisionId: state.alias.revisionId,
  });

  function route(req: IncomingMessage, url: URL, body: string, res: ServerResponse) {
    const path = url.pathname;
    if (req.method === "GET" && path === "/api/health")
      return json(res, 200, { status: "ok", version: "fake" });
    if (req.method === "POST" && path === "/api/messages") return json(res, 401, { message: "Unauthorized" });
    const match = /^\/2015-03-31\/functions\/([^/]+)(\/.*)?$/.exec(path);
    if (!match || decodeURIComponent(match[1] ?? "") !== state.functionName) {
      return error(res, 404, "ResourceNotFoundException", `Function not found: ${path}`);
    }
    const rest = match[2] ?? "";
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const qualifier = url.searchParams.get("Qualifier");
    if (rest === `/aliases/${state.alias.name}`) {
      if (req.method === "GET") return json(res, 200, aliasJson());
      if (input.RevisionId !== state.alias.revisionId) {
        return error(
          res,
          412,
          "PreconditionFailedException",
          "The Revision Id provided does not match the latest Revision Id.",
        );
      }
      const routing = input.RoutingConfig as
        { AdditionalVersionWeights?: Record<string, number> } | undefined;
      state.alias = {
        ...state.alias,
        version: String(input.FunctionVersion),
        weights: routing?.AdditionalVersionWeights ?? state.alias.weights,
        description: typeof input.Description === "string" ? input.Description : state.alias.description,
        revisionId: `rev-${++revisions}`,
      };
      return json(res, 200, aliasJson());
    }
    if (rest === "" && req.method === "GET") {
      return json(res, 200, {
        Configuration: {
          FunctionName: state.functionName,
          Version: "$LATEST",
          CodeSha256: state.latest.codeSha256,
          LastUpdateStatus: "Successful",
        },
        Code: {
          RepositoryType: "ECR",
          ImageUri: state.latest.imageUri,
          ResolvedImageUri: state.latest.resolvedImageUri,
        },
      });
    }
    if (rest === "/configuration" && req.method === "GET") {
      const found = state.versions.find((v) => v.version === qualifier);
      if (!found)
        return error(
          res,
          404,
          "ResourceNotFoundException",
          `Function not found: ${state.functionName}:${qualifier}`,
        );
      return json(res, 200, {
        FunctionName: state.functionName,
        Version: found.version,
        CodeSha256: found.codeSha256,
        State: "Active",
      });
    }
    if (rest === "/code" && req.method === "PUT") {
      const imageUri = String(input.ImageUri);
      const codeSha256 = digestHex(imageUri);
      state.latest = {
        codeSha256,
        imageUri,
        resolvedImageUri: imageUri,
        // Like Lambda, the same image again is no change: the next publish returns the last version.
        revision: codeSha256 === state.latest.codeSha256 ? state.latest.revision : state.latest.revision + 1,
      };
      return json(res, 200, {
        FunctionName: state.functionName,
        CodeSha256: codeSha256,
        LastUpdateStatus: "InProgress",
      });
    }
    if (rest === "/versions" && req.method === "POST") {
      if (input.CodeSha256 !== state.latest.codeSha256) {
        return error(res, 412, "PreconditionFailedException", "CodeSHA256 does not match $LATEST");
      }
      const last = state.versions.at(-1);
      if (!last || state.publishedFrom !== state.latest.revision) {
        state.versions.push({
          version: String(state.versions.length + 1),
          codeSha256: state.latest.codeSha256,
          resolvedImageUri: state.latest.resolvedImageUri,
          description: String(input.Description ?? ""),
        });
        state.publishedFrom = state.latest.revision;
      }
      const published = state.versions.at(-1);
      return json(res, 201, {
        FunctionName: state.functionName,
        Version: published?.version,
        CodeSha256: published?.codeSha256,
        State: "Active",
      });
    }
    if (rest === "/versions" && req.method === "GET") {
      return json(res, 200, {
        Versions: [{ Version: "$LATEST" }, ...state.versions.map((v) => ({ Version: v.version }))],
      });
    }
    if (rest === "/invocations" && req.method === "POST") {
      const version = qualifier === state.alias.name ? state.alias.version : (qualifier ?? "$LATEST");
      if (state.broken.has(version)) {
        res.writeHead(200, { "x-amz-function-error": "Unhandled", "x-amz-executed-version": version });
        return res.end(JSON.stringify({ errorType: "Error", errorMessage: `version ${version} is broken` }));
      }
      const ping = { ok: true, graphCompiled: true, parameterReachable: true, version };
      res.writeHead(200, { "content-type": "application/json", "x-amz-executed-version": version });
      return res.end(JSON.stringify({ statusCode: 200, body: JSON.stringify({ ping }) }));
    }
    return error(
      res,
      400,
      "InvalidRequestContentException",
      `fake Lambda does not handle ${req.method} ${path}`,
    );
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    /** The next request whose "METHOD /path" matches fails with this AWS error. */
    failNext(match: RegExp, status: number, type: string, message: string) {
      failures.push({ match, status, type, message });
    },
    /** "GetAlias"-style names of the Lambda API requests received, in order. */
    operations(): string[] {
      return requests.map(({ method, path }) => operationName(method, path)).filter((name) => name !== "");
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function operationName(method: string, path: string): string {
  const rest =
    /^\/2015-03-31\/functions\/[^/?]+(\/[^?]*)?/.exec(path)?.[1] ??
    (path.startsWith("/2015") ? "" : undefined);
  if (rest === undefined) return "";
  if (rest.startsWith("/aliases/")) return method === "GET" ? "GetAlias" : "UpdateAlias";
  if (rest === "") return "GetFunction";
  if (rest === "/configuration") return "GetFunctionConfiguration";
  if (rest === "/code") return "UpdateFunctionCode";
  if (rest === "/versions") return method === "POST" ? "PublishVersion" : "ListVersionsByFunction";
  if (rest === "/invocations") return "Invoke";
  return `${method} ${path}`;
}
