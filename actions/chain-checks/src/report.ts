import { table } from "../../lib/src/index";
import type { ChainResult } from "./chain";

/** One line naming every hop that broke and what it returned; for errors and annotations. */
export function describeFailure(result: ChainResult): string {
  const failed = result.hops.filter((hop) => !hop.ok);
  if (failed.length === 0) return `All ${result.hops.length} chain checks passed`;
  const parts = failed.map((hop) => {
    const status = hop.status === undefined ? "" : ` with ${hop.status}`;
    const tries = hop.attempts === 1 ? "1 attempt" : `${hop.attempts} attempts`;
    return `hop "${hop.hop}" failed${status} after ${tries}: ${hop.detail}`;
  });
  return `Chain check failed: ${parts.join("; ")}`;
}

/** Markdown table of every hop, for the job summary. */
export function chainSummary(result: ChainResult): string {
  return table(
    ["hop", "status", "latency", "attempts", "detail"],
    result.hops.map((hop) => [
      `${hop.ok ? "✅" : "❌"} ${hop.hop}`,
      hop.status === undefined ? "—" : String(hop.status),
      `${hop.latencyMs} ms`,
      String(hop.attempts),
      hop.detail,
    ]),
  );
}
