import { code, details, table } from "../../lib/src/index";
import type { DeployReport } from "./deploy";

export function deploySummary(bucket: string, distributionId: string, report: DeployReport): string {
  const { plan, batch } = report;
  const uploads = [...plan.assets, ...plan.entries];
  const invalidation = !batch
    ? "none (nothing served under a stable name changed)"
    : `${code(report.invalidationId ?? "")}: ${batch.paths.map(code).join(" ")}` +
      (batch.wildcard ? ` (${batch.changed} paths changed)` : "") +
      (report.waited ? ", completed" : ", not waited for");
  const lines = [
    `### invalidate-cdn: ${code(bucket)} behind ${code(distributionId)}`,
    "",
    table(
      ["uploaded", "deleted", "unchanged", "invalidation"],
      [[String(uploads.length), String(plan.deletes.length), String(plan.unchanged.length), invalidation]],
    ),
  ];
  if (uploads.length > 0) {
    lines.push(
      "",
      details(
        "Uploaded files, in upload order",
        table(
          ["file", "Content-Type", "Cache-Control"],
          uploads.map((upload) => [upload.key, upload.contentType, upload.cacheControl]),
        ),
      ),
    );
  }
  if (plan.deletes.length > 0) {
    lines.push("", details("Deleted files", plan.deletes.map((key) => `- ${code(key)}`).join("\n")));
  }
  return lines.join("\n");
}
