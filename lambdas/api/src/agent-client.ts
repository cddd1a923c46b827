// The port through which the API reaches the agent: a Lambda invocation in AWS, a function
// call in the local server.
import type { AgentEvent, AgentResult } from "@trip/contract";

export interface AgentClient {
  /** Rejects with `AgentTimeoutError` when `signal` aborts first, `AgentFailedError` otherwise. */
  invoke(event: AgentEvent, signal: AbortSignal): Promise<AgentResult>;
}

export class AgentFailedError extends Error {
  override name = "AgentFailedError";
}

export class AgentTimeoutError extends Error {
  override name = "AgentTimeoutError";
}

/** Settles with `work`, or rejects with `AgentTimeoutError` once `signal` aborts. */
export function withDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new AgentTimeoutError("The agent did not answer in time"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AgentTimeoutError("The agent did not answer in time"));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Runs the agent in this process (local server, benchmarks). */
export class InProcessAgentClient implements AgentClient {
  constructor(private readonly handle: (event: AgentEvent) => Promise<AgentResult>) {}

  invoke(event: AgentEvent, signal: AbortSignal): Promise<AgentResult> {
    const work = this.handle(event).catch((error: unknown) => {
      throw new AgentFailedError(`Agent failed: ${(error as Error).message}`, { cause: error });
    });
    return withDeadline(work, signal);
  }
}
