import { InputError } from "../../lib/src/index";

/** One traffic step: `weight` percent of requests go to the new version, then wait. */
export interface Step {
  weight: number;
  waitMinutes: number;
}

export interface Strategy {
  kind: "all-at-once" | "canary" | "linear";
  /** Ends with the full shift (weight 100, no wait); earlier steps use weighted routing. */
  steps: Step[];
}

export const MAX_STEP_MINUTES = 60;
/** GitHub stops a job after 6 hours; the shift must also leave time for the rest of the job. */
export const MAX_TOTAL_MINUTES = 300;

const INPUT = "strategy";
const EXPECTED = 'expected "all-at-once", "canary PCT MINUTES" or "linear PCT MINUTES" (e.g. "canary 10 5")';

export function parseStrategy(text: string): Strategy {
  const words = text.trim().split(/\s+/);
  const [kind, pct, minutes, ...rest] = words;
  if (kind === "all-at-once" && words.length === 1) {
    return { kind, steps: [{ weight: 100, waitMinutes: 0 }] };
  }
  if ((kind !== "canary" && kind !== "linear") || pct === undefined || minutes === undefined || rest.length) {
    throw new InputError(INPUT, `${EXPECTED}, got "${text}"`);
  }
  const weight = wholeNumber(pct, "percentage", text);
  const waitMinutes = wholeNumber(minutes, "minutes", text);
  if (weight < 1 || weight > 99) {
    throw new InputError(INPUT, `percentage must be from 1 to 99, got ${weight} in "${text}"`);
  }
  if (waitMinutes > MAX_STEP_MINUTES) {
    throw new InputError(
      INPUT,
      `minutes must be from 0 to ${MAX_STEP_MINUTES}, got ${waitMinutes} in "${text}"`,
    );
  }
  const weights =
    kind === "canary"
      ? [weight]
      : Array.from({ length: Math.ceil(100 / weight) - 1 }, (_, i) => weight * (i + 1));
  const steps = [...weights.map((w) => ({ weight: w, waitMinutes })), { weight: 100, waitMinutes: 0 }];
  const total = totalMinutes({ kind, steps });
  if (total > MAX_TOTAL_MINUTES) {
    throw new InputError(
      INPUT,
      `"${text}" waits ${total} minutes in all, more than the ${MAX_TOTAL_MINUTES} a job can spare; ` +
        "use a larger percentage or fewer minutes",
    );
  }
  return { kind, steps };
}

function wholeNumber(word: string, what: string, text: string): number {
  if (!/^\d+$/.test(word))
    throw new InputError(INPUT, `${what} must be a whole number, got "${word}" in "${text}"`);
  return Number(word);
}

export function totalMinutes(strategy: Strategy): number {
  return strategy.steps.reduce((sum, step) => sum + step.waitMinutes, 0);
}

export function describeStrategy(strategy: Strategy): string {
  if (strategy.kind === "all-at-once") return "all at once";
  const weights = strategy.steps.map((s) => `${s.weight}%`).join(" → ");
  return `${strategy.kind} ${weights}, ${strategy.steps[0]?.waitMinutes ?? 0} min between steps`;
}
