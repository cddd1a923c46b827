import { code, details, table } from "../../lib/src/index";
import type { DeployReport } from "./deploy";

export function deploySummary(bucket: string, distributionId: string, report: DeployReport): string {
  const { plan, batch } = report;
  const uploads = [...plan.assets, ...plan.entries];
  // CloudFront's budget is counted in paths (1,000 a month free, 3,000 or 15 wildcards in progress).
  const paths = batch
    ? `${batch.paths.length} path(s)` +
      (batch.wildcard ? `, a wildcard for ${batch.changed} changed paths` : "") +
      (batch.paths.some((path) => path.endsWith("*")) && !batch.wildcard ? " (wildcards)" : "")
    : "0 paths";
  const invalidation = !batch
    ? "none (nothing served under a stable name changed)"
    : `${code(report.invalidationId ?? "")}: ${batch.paths.map(code).join(" ")}` +
      (report.waited ? ", completed" : ", not waited for");
  const lines = [
    `### invalidate-cdn: ${code(bucket)} behind ${code(distributionId)}`,
    "",
    table(
      ["release", "uploaded", "deleted", "unchanged", "kept releases", "invalidated", "invalidation"],
      [
        [
          report.release ? code(report.release.id) : "none (nothing changed)",
          String(uploads.length),
          String(report.deleted.length),
          String(plan.unchanged.length),
          String(report.kept),
          paths,
          invalidation,
        ],
      ],
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
  if (report.deleted.length > 0) {
    lines.push("", details("Deleted files", report.deleted.map((key) => `- ${code(key)}`).join("\n")));
  }
  if (report.deferred.length > 0) {
    lines.push(
      "",
      `${report.deferred.length} file(s) no kept release references are deleted by a later run, once the invalidation has completed.`,
    );
  }
  return lines.join("\n");
}
