// Calendar and time-zone arithmetic on plain YYYY-MM-DD strings, using Intl only.

const DAY_MS = 86_400_000;

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function dateIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

// Assembled from parts so the wording does not depend on the ICU version's punctuation.
function parts(now: Date, timeZone: string, withClock: boolean): Record<string, string> {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(withClock ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
  });
  return Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
}

/** "Monday 12 July 2027". */
export function longDate(date: string): string {
  const p = parts(new Date(`${date}T00:00:00Z`), "UTC", false);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** Offset from UTC in minutes at `now` in `timeZone`. */
export function utcOffsetMinutes(now: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(now)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** "Monday 12 July, 14:05". */
export function clockIn(now: Date, timeZone: string): string {
  const p = parts(now, timeZone, true);
  return `${p.weekday} ${p.day} ${p.month}, ${p.hour}:${p.minute}`;
}
