import { chainSummary, type ChainResult } from "../../chain-checks/src/index";
import { code, details, table } from "../../lib/src/index";
import { describePosition, type ShiftOutcome } from "./shift";
import { describeStrategy, type Strategy } from "./strategy";

/** The step outputs, as the action declares them. */
export function outputsOf(outcome: ShiftOutcome): Record<string, string> {
  return {
    "previous-version": outcome.previousVersion ?? "",
    version: outcome.version ?? "",
    "rolled-back": String(outcome.rolledBack),
    changed: String(outcome.changed),
  };
}

function headline(outcome: ShiftOutcome): string {
  const target = code(`${outcome.functionName}:${outcome.alias}`);
  if (outcome.failure && outcome.rolledBack)
    return `❌ ${target}: rolled back to version ${outcome.previousVersion}`;
  if (outcome.failure) return `❌ ${target}: shift to version ${outcome.version ?? "?"} failed`;
  if (!outcome.changed) return `➖ ${target}: already on version ${outcome.version}, nothing changed`;
  return `✅ ${target}: version ${outcome.previousVersion} → ${outcome.version}`;
}

function checkCell(check: ChainResult | undefined): string {
  if (!check) return "—";
  return check.ok ? "✅ passed" : "❌ failed";
}

export function renderSummary(outcome: ShiftOutcome, strategy: Strategy): string {
  const parts = [`### shift-alias ${headline(outcome)}`];
  parts.push(
    table(
      ["alias", code(`${outcome.functionName}:${outcome.alias}`)],
      [
        ["served before", outcome.previousVersion ?? "—"],
        ["rolled out", outcome.version ?? "—"],
        ["strategy", describeStrategy(strategy)],
        ["now serves", outcome.aliasNow ? describePosition(outcome.aliasNow) : "unknown"],
      ],
    ),
  );
  if (outcome.failure) {
    parts.push(`**Failed while ${outcome.failure.stage}:** ${outcome.failure.message}`);
  }
  if (outcome.notes.length > 0) parts.push(outcome.notes.map((line) => `- ${line}`).join("\n"));
  if (outcome.steps.length > 0) {
    parts.push(
      table(
        ["step", `traffic on version ${outcome.version}`, "check"],
        outcome.steps.map((step, i) => [String(i + 1), `${step.weight}%`, checkCell(step.check)]),
      ),
    );
  }
  if (outcome.plan) {
    parts.push(details("What the checks prove", outcome.plan.notes.map((line) => `- ${line}`).join("\n")));
  }
  const checks: Array<[string, ChainResult]> = [
    ...(outcome.preCheck ? [["Pre-shift check", outcome.preCheck] as [string, ChainResult]] : []),
    ...outcome.steps.flatMap((step) =>
      step.check ? [[`Check at ${step.weight}%`, step.check] as [string, ChainResult]] : [],
    ),
  ];
  for (const [title, result] of checks) {
    parts.push(details(`${result.ok ? "✅" : "❌"} ${title}`, chainSummary(result)));
  }
  return `${parts.join("\n\n")}\n`;
}
