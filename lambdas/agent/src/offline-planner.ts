// Deterministic stand-in for a model's reasoning: which tools to call for a question, and how
// to phrase an answer from their results. Used when no OpenAI key is configured.
import { TOOL_NAMES } from "./tools";

export interface PlannedCall {
  name: string;
  args: Record<string, string>;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const has = (text: string, pattern: RegExp) => pattern.test(text);

function dayReference(text: string, year: string): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1];
  if (iso) return iso;
  const dayNumber = /\bday\s+(\d{1,2})\b/.exec(text)?.[1];
  if (dayNumber) return dayNumber;
  if (/\btomorrow\b/.test(text)) return "tomorrow";
  if (/\btoday\b|\btonight\b/.test(text)) return "today";
  const monthNames = MONTHS.join("|");
  const named =
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthNames})\\b`).exec(text) ??
    new RegExp(`\\b(${monthNames})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(text);
  if (named) {
    const [day, month] = /^\d/.test(named[1] ?? "") ? [named[1], named[2]] : [named[2], named[1]];
    const monthNumber = MONTHS.indexOf(month ?? "") + 1;
    return `${year}-${String(monthNumber).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return undefined;
}

/** The tool calls that answer `message`; never empty (falls back to a search). */
export function planToolCalls(message: string, tripYear: string): PlannedCall[] {
  const text = message.toLowerCase();
  const calls: PlannedCall[] = [];
  const bookings = (kind: string) => calls.push({ name: TOOL_NAMES.bookings, args: { kind } });

  if (has(text, /\b(flights?|fly|flying|plane|airport|airline|seats?)\b/)) bookings("flight");
  if (
    has(
      text,
      /\b(hotels?|lodging|stay|staying|apartment|villa|accommodation|check[- ]?in|check[- ]?out|sleep)\b/,
    )
  )
    bookings("lodging");
  if (has(text, /\b(car|rental|drive|driving)\b/)) bookings("car");
  if (has(text, /\b(train|trains|railway)\b/)) bookings("train");
  if (has(text, /\b(restaurants?|dinner|lunch|eat|eating|reservation)\b/)) bookings("restaurant");
  if (has(text, /\binsurance\b/)) bookings("insurance");
  if (calls.length === 0 && has(text, /\b(bookings?|booked|confirmations?|tickets?)\b/)) bookings("all");
  if (has(text, /\b(what time|time is it|time difference|local time|clock|time zone|timezone)\b/))
    calls.push({ name: TOOL_NAMES.localTime, args: {} });
  if (
    has(
      text,
      /\b(how many days|how long until|how long till|countdown|days until|days left|when do we leave|when are we leaving)\b/,
    )
  )
    calls.push({ name: TOOL_NAMES.daysUntil, args: {} });

  const day = dayReference(text, tripYear);
  if (day) calls.push({ name: TOOL_NAMES.dayPlan, args: { day } });
  else if (calls.length === 0 && has(text, /\b(plan|plans|itinerary|schedule|agenda|doing)\b/))
    calls.push({ name: TOOL_NAMES.dayPlan, args: { day: "today" } });

  if (calls.length === 0) calls.push({ name: TOOL_NAMES.search, args: { query: message } });
  return calls;
}

export const OFFLINE_NOTICE =
  "I'm running in offline mode (no AI model is connected), so here is what the trip file says:";

/** The offline answer: a greeting, the offline notice, then each tool's result. */
export function composeOfflineAnswer(userName: string | undefined, results: string[]): string {
  const greeting = userName ? `Hi ${userName}! ` : "Hi! ";
  return [`${greeting}${OFFLINE_NOTICE}`, ...results].join("\n\n");
}
