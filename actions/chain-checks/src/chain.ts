import { randomUUID } from "node:crypto";
import { InvokeCommand, type LambdaClient } from "@aws-sdk/client-lambda";
import { formatDuration, isRecord, parseJson, retry, type Clock } from "../../lib/src/index";
import { pingBody, pingInvocationEvent } from "./ping-event";

/**
 * End-to-end checks of the deployed chain (API Gateway → API Lambda → agent Lambda → SSM),
 * shared by `chain-ping` and `shift-alias` (which runs them against a canary version).
 *
 * Every hop whose inputs are given runs, even after an earlier hop failed, so one report
 * shows everything that is broken (a failing health route says nothing about whether the
 * function behind it works when invoked directly). Each hop retries what a cold start or a
 * deployment in progress can cause (network errors, per-attempt timeouts, 429 and 5xx,
 * Lambda function errors, a ping reporting a part of the chain not ready) with exponential
 * backoff; a definite wrong answer (say 200 where the authorizer should answer 401) fails at
 * once. A hop's latency is that of its last attempt.
 */
export type HopName = "health" | "auth-required" | "token-ping" | "direct-invoke";

export interface HopResult {
  hop: HopName;
  ok: boolean;
  status?: number | string;
  latencyMs: number;
  attempts: number;
  detail: string;
}

export interface ChainResult {
  ok: boolean;
  hops: HopResult[];
}

export interface ChainTarget {
  apiUrl?: string;
  functionName?: string;
  qualifier?: string;
  token?: string;
}

export interface ChainDeps {
  lambda?: LambdaClient;
  fetch?: typeof fetch;
  attempts: number;
  timeoutSeconds: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** First retry delay; doubles per retry (with jitter), capped at 10 s. Default 1000. */
  backoffMs?: number;
  /** For the delays between attempts (`retry`'s clock). */
  clock?: Clock;
}

const MAX_BACKOFF_MS = 10_000;
const MAX_BODY_CHARS = 300;

/** What one attempt found; `retry` marks failures a later attempt may not repeat. */
interface Attempt {
  ok: boolean;
  retry: boolean;
  status?: number | string;
  detail: string;
}

interface Hop {
  name: HopName;
  attempt: (signal: AbortSignal) => Promise<Attempt>;
}

export async function checkChain(target: ChainTarget, deps: ChainDeps): Promise<ChainResult> {
  if (!Number.isInteger(deps.attempts) || deps.attempts < 1) {
    throw new Error(`attempts: expected a whole number of at least 1, got ${deps.attempts}`);
  }
  if (!(deps.timeoutSeconds > 0)) {
    throw new Error(`timeoutSeconds: expected a positive number, got ${deps.timeoutSeconds}`);
  }
  if (target.functionName && !deps.lambda) {
    throw new Error("functionName was given without a Lambda client to invoke it with");
  }
  const hops = planHops(target, deps);
  if (hops.length === 0) {
    throw new Error("Nothing to check: give an API URL, a function name, or both");
  }
  const results: HopResult[] = [];
  const token = target.token;
  // No detail or log line may carry the token, whatever a server echoes back.
  const redact = (text: string) => (token ? text.split(token).join("***") : text);
  for (const hop of hops) results.push(await runHop(hop, deps, redact));
  return { ok: results.every((r) => r.ok), hops: results };
}

function planHops(target: ChainTarget, deps: ChainDeps): Hop[] {
  const hops: Hop[] = [];
  const doFetch = deps.fetch ?? fetch;
  const token = target.token;
  if (target.apiUrl) {
    const base = normaliseApiUrl(target.apiUrl);
    hops.push({ name: "health", attempt: (signal) => checkHealth(doFetch, base, signal) });
    hops.push({
      name: "auth-required",
      attempt: (signal) => checkAuthRequired(doFetch, base, signal),
    });
    if (token) {
      hops.push({
        name: "token-ping",
        attempt: (signal) => checkTokenPing(doFetch, base, token, signal),
      });
    }
  }
  if (target.functionName && deps.lambda) {
    const lambda = deps.lambda;
    const functionName = target.functionName;
    hops.push({
      name: "direct-invoke",
      attempt: (signal) => checkDirectInvoke(lambda, functionName, target.qualifier, signal),
    });
  }
  return hops;
}

export function normaliseApiUrl(apiUrl: string): string {
  return apiUrl.trim().replace(/\/+$/, "");
}

/** A failed attempt, thrown so that `retry` decides on another. */
class HopFailure extends Error {
  constructor(readonly attempt: Attempt) {
    super(attempt.detail);
  }
}

async function runHop(hop: Hop, deps: ChainDeps, redact: (text: string) => string): Promise<HopResult> {
  let latencyMs = 0;
  let attempts = 0;
  const of = (n: number) => `attempt ${n}/${deps.attempts}`;
  const statusOf = (attempt: Attempt) => (attempt.status === undefined ? "" : ` ${attempt.status}`);
  const once = async (n: number): Promise<Attempt> => {
    attempts = n;
    const timeout = AbortSignal.timeout(deps.timeoutSeconds * 1000);
    const signal = deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout;
    const started = performance.now();
    let attempt: Attempt;
    try {
      attempt = await hop.attempt(signal);
    } catch (error) {
      // A cancellation of the whole run is not a hop failure: let it end the check.
      deps.signal?.throwIfAborted();
      attempt = describeError(error, timeout.aborted, deps.timeoutSeconds);
    }
    attempt = { ...attempt, detail: redact(attempt.detail) };
    latencyMs = Math.round(performance.now() - started);
    if (!attempt.ok) throw new HopFailure(attempt);
    deps.log?.(`${hop.name}: ok${statusOf(attempt)} in ${latencyMs} ms (${of(n)})`);
    return attempt;
  };
  let attempt: Attempt;
  try {
    attempt = await retry(once, {
      attempts: deps.attempts,
      shouldRetry: ({ error }) => error instanceof HopFailure && error.attempt.retry,
      minDelayMs: deps.backoffMs ?? 1000,
      maxDelayMs: MAX_BACKOFF_MS,
      onRetry: ({ error, attempt: n, delayMs }) => {
        const failed = (error as HopFailure).attempt;
        deps.log?.(
          `${hop.name}: ${of(n)} failed${statusOf(failed)} (${failed.detail}); retrying in ${formatDuration(delayMs)}`,
        );
      },
      ...(deps.signal ? { signal: deps.signal } : {}),
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
  } catch (error) {
    if (!(error instanceof HopFailure)) throw error;
    attempt = error.attempt;
    deps.log?.(`${hop.name}: failed${statusOf(attempt)} (${of(attempts)}): ${attempt.detail}`);
  }
  return {
    hop: hop.name,
    ok: attempt.ok,
    ...(attempt.status === undefined ? {} : { status: attempt.status }),
    latencyMs,
    attempts,
    detail: attempt.detail,
  };
}

function describeError(error: unknown, timedOut: boolean, timeoutSeconds: number): Attempt {
  if (timedOut) {
    return { ok: false, retry: true, status: "timeout", detail: `no answer within ${timeoutSeconds}s` };
  }
  // Duck-typed: errors from fetch (undici) may come from another realm, failing `instanceof`.
  const { name = "Error", message = String(error), cause, $metadata } = asErrorLike(error);
  // fetch rejects with a TypeError ("fetch failed") for connection failures, the useful part
  // (ECONNREFUSED...) in `cause`. The SDK retries its own throttling and transient errors,
  // so an SDK error reaching here is final unless it is a 5xx.
  const httpStatus = $metadata?.httpStatusCode;
  const retry = name === "TypeError" || httpStatus === undefined || httpStatus >= 500;
  const causeMessage = asErrorLike(cause).message;
  return {
    ok: false,
    retry,
    status: name === "TypeError" ? "network error" : name,
    detail: causeMessage ? `${message}: ${causeMessage}` : message,
  };
}

interface ErrorLike {
  name?: string;
  message?: string;
  cause?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const asErrorLike = (value: unknown): ErrorLike => (typeof value === "object" && value !== null ? value : {});

const transientStatus = (status: number) => status === 429 || status >= 500;

function trimBody(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "") return "(empty body)";
  return flat.length > MAX_BODY_CHARS ? `${flat.slice(0, MAX_BODY_CHARS)}…` : flat;
}

async function checkHealth(doFetch: typeof fetch, base: string, signal: AbortSignal): Promise<Attempt> {
  const response = await doFetch(`${base}/api/health`, { headers: { accept: "application/json" }, signal });
  const text = await response.text();
  const body = parseJson(text);
  if (response.status === 200 && isRecord(body) && body.status === "ok") {
    return { ok: true, retry: false, status: 200, detail: `version ${String(body.version ?? "unknown")}` };
  }
  const expected = response.status === 200 ? 'expected {"status":"ok"}' : "expected 200";
  return {
    ok: false,
    retry: transientStatus(response.status),
    status: response.status,
    detail: `${expected}, got ${response.status}: ${trimBody(text)}`,
  };
}

async function checkAuthRequired(doFetch: typeof fetch, base: string, signal: AbortSignal): Promise<Attempt> {
  const response = await doFetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: pingBody,
    signal,
  });
  const text = await response.text();
  if (response.status === 401) {
    return { ok: true, retry: false, status: 401, detail: "rejected without a token, as it should be" };
  }
  const why = response.status < 300 ? "the authorizer let a request without a token through" : "expected 401";
  return {
    ok: false,
    retry: transientStatus(response.status),
    status: response.status,
    detail: `${why}, got ${response.status}: ${trimBody(text)}`,
  };
}

async function checkTokenPing(
  doFetch: typeof fetch,
  base: string,
  token: string,
  signal: AbortSignal,
): Promise<Attempt> {
  const response = await doFetch(`${base}/api/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      authorization: `Bearer ${token}`,
    },
    body: pingBody,
    signal,
  });
  const text = await response.text();
  if (response.status !== 200) {
    return {
      ok: false,
      retry: transientStatus(response.status),
      status: response.status,
      detail: `expected 200, got ${response.status}: ${trimBody(text)}`,
    };
  }
  return { ...judgePing(parseJson(text), text), status: 200 };
}

/** Judges a `{ ping: {...} }` answer; a ping reporting part of the chain not ready is retried. */
function judgePing(body: unknown, text: string): Omit<Attempt, "status"> {
  const ping = isRecord(body) && isRecord(body.ping) ? body.ping : undefined;
  if (!ping) {
    return { ok: false, retry: false, detail: `expected a ping answer, got: ${trimBody(text)}` };
  }
  const missing = (["ok", "graphCompiled", "parameterReachable"] as const).filter(
    (key) => ping[key] !== true,
  );
  if (missing.length > 0) {
    return { ok: false, retry: true, detail: `ping reported ${missing.join(", ")} false: ${trimBody(text)}` };
  }
  const agentMs = typeof ping.durationMs === "number" ? `, agent ${ping.durationMs} ms` : "";
  return { ok: true, retry: false, detail: `version ${String(ping.version ?? "unknown")}${agentMs}` };
}

async function checkDirectInvoke(
  lambda: LambdaClient,
  functionName: string,
  qualifier: string | undefined,
  signal: AbortSignal,
): Promise<Attempt> {
  const event = pingInvocationEvent(randomUUID(), new Date());
  const response = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      ...(qualifier ? { Qualifier: qualifier } : {}),
      InvocationType: "RequestResponse",
      Payload: new TextEncoder().encode(JSON.stringify(event)),
    }),
    { abortSignal: signal },
  );
  const text = response.Payload ? new TextDecoder().decode(response.Payload) : "";
  if (response.FunctionError) {
    // An init timeout or crash on a cold start shows up as a function error: worth a retry.
    return {
      ok: false,
      retry: true,
      status: `FunctionError ${response.FunctionError}`,
      detail: `the function failed: ${trimBody(text)}`,
    };
  }
  const payload = parseJson(text);
  const statusCode =
    isRecord(payload) && typeof payload.statusCode === "number" ? payload.statusCode : undefined;
  if (statusCode === undefined) {
    return { ok: false, retry: false, detail: `expected an HTTP API response, got: ${trimBody(text)}` };
  }
  const bodyText = isRecord(payload) && typeof payload.body === "string" ? payload.body : "";
  if (statusCode !== 200) {
    return {
      ok: false,
      retry: transientStatus(statusCode),
      status: statusCode,
      detail: `expected statusCode 200, got ${statusCode}: ${trimBody(bodyText)}`,
    };
  }
  return { ...judgePing(parseJson(bodyText), bodyText), status: 200 };
}
