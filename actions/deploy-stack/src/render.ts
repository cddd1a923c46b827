import type { Parameter, ResourceChange, ResourceChangeDetail } from "@aws-sdk/client-cloudformation";
import { code, details, table } from "../../lib/src/index";
import type { GateVerdict } from "./gate";

/** GitHub refuses issue comments longer than this. */
export const COMMENT_LIMIT = 65_536;

export interface ParameterDiff {
  key: string;
  before: string | undefined;
  after: string | undefined;
  /** NoEcho: the values are never shown. */
  hidden: boolean;
}

const ACTIONS = ["Add", "Modify", "Remove", "Import", "Dynamic"] as const;
const VERBS: Record<string, string> = {
  Add: "to add",
  Modify: "to modify",
  Remove: "to remove",
  Import: "to import",
  Dynamic: "decided at deploy time",
};

/**
 * What differs between the stack's current parameters and the change set's. NoEcho values
 * (AWS shows them as `****`) are never compared or printed: a NoEcho parameter given a new
 * value is listed as changed, one kept with UsePreviousValue is not.
 */
export function diffParameters(
  previous: readonly Parameter[] | undefined,
  planned: readonly Parameter[],
  resolved: readonly Parameter[],
  noEcho: ReadonlySet<string>,
): ParameterDiff[] {
  const before = new Map((previous ?? []).map((p) => [p.ParameterKey ?? "", p.ParameterValue]));
  const plannedByKey = new Map(planned.map((p) => [p.ParameterKey ?? "", p]));
  const keys = [...new Set([...resolved.map((p) => p.ParameterKey ?? ""), ...plannedByKey.keys()])];
  const after = new Map(resolved.map((p) => [p.ParameterKey ?? "", p.ParameterValue]));
  const diffs: ParameterDiff[] = [];
  for (const key of keys) {
    const plan = plannedByKey.get(key);
    const hidden = noEcho.has(key) || after.get(key) === "****";
    const next = after.get(key) ?? plan?.ParameterValue;
    if (hidden) {
      if (plan?.UsePreviousValue) continue;
      diffs.push({ key, before: undefined, after: undefined, hidden });
    } else if (plan?.UsePreviousValue && previous) {
      continue;
    } else if (!previous || before.get(key) !== next) {
      diffs.push({ key, before: before.get(key), after: next, hidden });
    }
  }
  return diffs;
}

export interface Preview {
  stackName: string;
  changeSetName?: string;
  changeSetType?: string;
  changes: readonly ResourceChange[];
  parameters: readonly ParameterDiff[];
  gate: GateVerdict;
  /** Said above everything else: "no changes", "will be deleted and created again"... */
  note?: string;
}

const isReplacement = (change: ResourceChange) =>
  change.Replacement === "True" || change.Replacement === "Conditional";

export function summaryLine(changes: readonly ResourceChange[]): string {
  if (changes.length === 0) return "no changes";
  const parts: string[] = [];
  for (const action of ACTIONS) {
    const matching = changes.filter((change) => change.Action === action);
    if (matching.length === 0) continue;
    const replacements = matching.filter(isReplacement).length;
    parts.push(
      `${matching.length} ${VERBS[action]}${replacements > 0 ? ` (⚠️ ${replacements} replacement${replacements > 1 ? "s" : ""})` : ""}`,
    );
  }
  return parts.join(", ");
}

function replacementCell(change: ResourceChange): string {
  if (change.Action !== "Modify") return "";
  if (isReplacement(change)) return `⚠️ ${change.Replacement}`;
  return change.Replacement ?? "";
}

function describeDetail(detail: ResourceChangeDetail): string {
  const target = detail.Target ?? {};
  const name = [target.Attribute, target.Name].filter(Boolean).join(".");
  const recreation =
    target.RequiresRecreation && target.RequiresRecreation !== "Never"
      ? ` · ⚠️ requires recreation: ${target.RequiresRecreation}`
      : "";
  const cause = detail.CausingEntity
    ? ` · caused by ${detail.ChangeSource ?? ""} ${code(detail.CausingEntity)}`
    : "";
  return `- ${code(name || "(unnamed)")}${recreation}${cause}`;
}

function propertyDetails(change: ResourceChange): string | undefined {
  const lines = [...new Set((change.Details ?? []).map(describeDetail))];
  if (lines.length === 0) return undefined;
  return details(
    `${code(change.LogicalResourceId ?? "")}: ${lines.length} changed ${lines.length === 1 ? "property" : "properties"}`,
    lines.join("\n"),
  );
}

function gateSection(gate: GateVerdict): string | undefined {
  if (gate.destructive.length === 0) return undefined;
  const list = (items: GateVerdict["destructive"]) =>
    items.map((c) => `> - ${code(c.logicalId)} (${c.type}): ${c.effect}`).join("\n");
  const allowed = gate.destructive.filter((change) => change.allowed);
  const sections: string[] = [];
  if (gate.blocked.length > 0) {
    sections.push(
      `> [!CAUTION]\n> **Deploy will refuse this change set**: it replaces or removes stateful resources. ` +
        `Name them in \`allow-replacement\` if that is intended.\n${list(gate.blocked)}`,
    );
  }
  if (allowed.length > 0) {
    sections.push(`> [!WARNING]\n> Replaced or removed, allowed by \`allow-replacement\`:\n${list(allowed)}`);
  }
  return sections.join("\n\n");
}

function parameterSection(diffs: readonly ParameterDiff[]): string | undefined {
  if (diffs.length === 0) return undefined;
  const value = (text: string | undefined) => (text === undefined ? "—" : code(text));
  const rows = diffs.map((d) =>
    d.hidden
      ? [code(d.key), "(NoEcho: hidden)", "(new value, hidden)"]
      : [code(d.key), value(d.before), value(d.after)],
  );
  return details(`Parameters: ${diffs.length} changed`, table(["Parameter", "Before", "After"], rows));
}

/** The preview as Markdown: summary line, gate verdict, change table, properties, parameters. */
export function renderPreview(preview: Preview): string {
  const heading = `### ${code(preview.stackName)}: ${summaryLine(preview.changes)}`;
  const changeSet = preview.changeSetName
    ? `Change set ${code(preview.changeSetName)}${preview.changeSetType ? ` (${preview.changeSetType})` : ""}`
    : undefined;
  const rows = preview.changes.map((change) => [
    change.Action ?? "",
    code(change.LogicalResourceId ?? ""),
    change.ResourceType ?? "",
    replacementCell(change),
  ]);
  const properties = preview.changes.map(propertyDetails).filter((block) => block !== undefined);
  return [
    heading,
    preview.note,
    changeSet,
    gateSection(preview.gate),
    rows.length > 0 ? table(["Action", "Logical id", "Type", "Replacement"], rows) : undefined,
    properties.length > 0 ? properties.join("\n\n") : undefined,
    parameterSection(preview.parameters),
  ]
    .filter((section) => section !== undefined)
    .join("\n\n");
}

/**
 * Cuts Markdown to `limit` characters at a line boundary, closing any `<details>` left
 * open, and says so with a pointer to where the whole text is.
 */
export function truncate(markdown: string, limit: number, pointer: string): string {
  if (markdown.length <= limit) return markdown;
  const closer = "\n\n</details>";
  const notice = `\n\n> [!NOTE]\n> Truncated: the rest did not fit in a pull-request comment. ${pointer}`;
  const budget = limit - notice.length;
  const kept: string[] = [];
  let used = 0;
  let open = 0;
  for (const line of markdown.split("\n")) {
    const openAfter =
      open + (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    if (used + line.length + 1 + closer.length * Math.max(0, openAfter) > budget) break;
    kept.push(line);
    used += line.length + 1;
    open = openAfter;
  }
  return kept.join("\n") + closer.repeat(Math.max(0, open)) + notice;
}
