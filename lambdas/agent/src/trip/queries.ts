// Answers about the trip, as short plain-text facts a model (or the offline model) can quote.
// Pure: the clock is passed in.
import type { Booking, BookingKind, Day, Flight, Lodging, Trip } from "./schema";
import { addDays, clockIn, dateIn, daysBetween, longDate, utcOffsetMinutes } from "./time";

export const kindsForQuery = [
  "flight",
  "lodging",
  "car",
  "train",
  "activity",
  "restaurant",
  "insurance",
  "all",
] as const;
export type KindQuery = (typeof kindsForQuery)[number];

const at = (dateTime: string) => `${longDate(dateTime.slice(0, 10))} at ${dateTime.slice(11)}`;

export function describeFlight(flight: Flight): string {
  const seats = flight.seats.length > 0 ? ` Seats ${flight.seats.join(", ")}.` : "";
  const notes = flight.notes ? ` ${flight.notes}` : "";
  return (
    `${flight.airline} ${flight.flightNumber}, ${flight.from.city} (${flight.from.code}) → ${flight.to.city} (${flight.to.code}): ` +
    `departs ${at(flight.departure)} ${flight.from.city} time, arrives ${at(flight.arrival)} ${flight.to.city} time. ` +
    `Confirmation ${flight.confirmation}.${seats}${notes}`
  );
}

export function describeLodging(stay: Lodging): string {
  const notes = stay.notes ? ` ${stay.notes}` : "";
  return (
    `${stay.name}, ${stay.address}: check in ${longDate(stay.checkIn)} from ${stay.checkInTime}, ` +
    `check out ${longDate(stay.checkOut)} by ${stay.checkOutTime}. Confirmation ${stay.confirmation}, phone ${stay.phone}.${notes}`
  );
}

export function describeBooking(booking: Booking): string {
  const when = booking.time ? `${longDate(booking.date)} at ${booking.time}` : longDate(booking.date);
  const details = booking.details ? ` ${booking.details}` : "";
  return `${booking.title} (${booking.kind}, ${booking.provider}): ${when}. Confirmation ${booking.confirmation}.${details}`;
}

function describeDay(trip: Trip, day: Day): string {
  const number = daysBetween(trip.startDate, day.date) + 1;
  const lines = day.items.map((item) => {
    const parts = [item.time ? `${item.time} ${item.title}` : item.title];
    if (item.location) parts.push(`(${item.location})`);
    if (item.notes) parts.push(`– ${item.notes}`);
    return `- ${parts.join(" ")}`;
  });
  return [`Day ${number}, ${longDate(day.date)}: ${day.title} (based in ${day.base})`, ...lines].join("\n");
}

/**
 * The plan for one day. `when` is a date (YYYY-MM-DD), a day number ("3" or "day 3"),
 * "today" or "tomorrow" (at the destination).
 */
export function dayPlan(trip: Trip, when: string, now: Date): string {
  const wanted = when.trim().toLowerCase();
  const today = dateIn(now, trip.destination.timeZone);
  let date: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(wanted)) date = wanted;
  else if (wanted === "today") date = today;
  else if (wanted === "tomorrow") date = addDays(today, 1);
  else {
    const number = /^(?:day\s*)?(\d{1,2})$/.exec(wanted)?.[1];
    if (number) date = addDays(trip.startDate, Number(number) - 1);
  }
  if (!date) {
    return `I could not read "${when}" as a day. Use a date (YYYY-MM-DD), a day number, "today" or "tomorrow".`;
  }
  const day = trip.days.find((d) => d.date === date);
  if (!day) {
    return `There is nothing planned on ${longDate(date)}: the trip runs from ${longDate(trip.startDate)} to ${longDate(trip.endDate)}.`;
  }
  return describeDay(trip, day);
}

export function bookingsByKind(trip: Trip, kind: KindQuery): string {
  const lines: string[] = [];
  if (kind === "flight" || kind === "all") lines.push(...trip.flights.map(describeFlight));
  if (kind === "lodging" || kind === "all") lines.push(...trip.lodging.map(describeLodging));
  const others = trip.bookings.filter((b) => kind === "all" || b.kind === (kind as BookingKind));
  lines.push(...others.map(describeBooking));
  if (lines.length === 0) return `There are no ${kind} bookings on this trip.`;
  return lines.map((line) => `- ${line}`).join("\n");
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);

const STOP_WORDS = new Set([
  "the",
  "and",
  "our",
  "for",
  "what",
  "when",
  "where",
  "who",
  "how",
  "are",
  "is",
  "we",
  "do",
  "does",
  "with",
  "about",
  "there",
  "any",
  "have",
  "that",
  "this",
  "time",
  "trip",
]);

/** What on the trip best matches the query's words. */
export function searchTrip(trip: Trip, query: string, limit = 8): string {
  const terms = words(query).filter((word) => !STOP_WORDS.has(word));
  if (terms.length === 0) return `Give me a word or two to search for, for example "beach" or "Sintra".`;
  const entries: string[] = [
    ...trip.flights.map((f) => `Flight: ${describeFlight(f)}`),
    ...trip.lodging.map((l) => `Lodging: ${describeLodging(l)}`),
    ...trip.bookings.map((b) => `Booking: ${describeBooking(b)}`),
    ...trip.days.flatMap((day) =>
      day.items.map(
        (item) =>
          `Plan for ${longDate(day.date)}: ${item.time ? `${item.time} ` : ""}${item.title}` +
          `${item.location ? ` (${item.location})` : ""}${item.notes ? ` – ${item.notes}` : ""}`,
      ),
    ),
    ...trip.contacts.map(
      (c) =>
        `Contact: ${c.name}, ${c.role}${c.phone ? `, phone ${c.phone}` : ""}${c.email ? `, email ${c.email}` : ""}` +
        `${c.notes ? ` – ${c.notes}` : ""}`,
    ),
  ];
  const scored = entries
    .map((entry, index) => {
      const haystack = new Set(words(entry));
      const score = terms.filter(
        (term) => haystack.has(term) || [...haystack].some((w) => w.startsWith(term)),
      ).length;
      return { entry, index, score };
    })
    .filter(({ score }) => score > 0)
    // Entries matching more of the words crowd out those matching fewer.
    .filter(({ score }, _, all) => score === Math.max(...all.map((e) => e.score)))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit);
  if (scored.length === 0) return `Nothing on the trip mentions "${query}".`;
  return scored.map(({ entry }) => `- ${entry}`).join("\n");
}

export function localTime(trip: Trip, now: Date): string {
  const there = trip.destination.timeZone;
  const home = trip.homeTimeZone;
  const hours = (utcOffsetMinutes(now, there) - utcOffsetMinutes(now, home)) / 60;
  const relation =
    hours === 0
      ? "the same time as at home"
      : `${Math.abs(hours)} hour${Math.abs(hours) === 1 ? "" : "s"} ${hours > 0 ? "ahead of" : "behind"} home`;
  return (
    `In ${trip.destination.name} (${there}) it is ${clockIn(now, there)}. ` +
    `At home (${home}) it is ${clockIn(now, home)}. The destination is ${relation}.`
  );
}

export function daysUntilDeparture(trip: Trip, now: Date): string {
  const first = [...trip.flights].sort((a, b) => a.departure.localeCompare(b.departure))[0];
  const departureDate = first ? first.departure.slice(0, 10) : trip.startDate;
  const zone = first ? first.departureTimeZone : trip.homeTimeZone;
  const days = daysBetween(dateIn(now, zone), departureDate);
  const flight = first
    ? ` on ${first.flightNumber} at ${first.departure.slice(11)} from ${first.from.city}`
    : "";
  if (days > 1) return `${days} days until departure: you leave ${longDate(departureDate)}${flight}.`;
  if (days === 1) return `Departure is tomorrow, ${longDate(departureDate)}${flight}.`;
  if (days === 0) return `Departure is today${flight}.`;
  const sinceEnd = daysBetween(trip.endDate, dateIn(now, trip.homeTimeZone));
  if (sinceEnd > 0)
    return `The trip ended ${sinceEnd} day${sinceEnd === 1 ? "" : "s"} ago, on ${longDate(trip.endDate)}.`;
  return `You are on the trip: today is day ${-days + 1}, and you fly home ${longDate(trip.endDate)}.`;
}

/** A one-paragraph summary for the system prompt. */
export function tripSummary(trip: Trip): string {
  const travelers = trip.travelers.map((t) => `${t.name} (${t.age})`).join(", ");
  return (
    `${trip.name}: the ${trip.family} family (${travelers}) travels to ${trip.destination.name}, ${trip.destination.country}, ` +
    `from ${longDate(trip.startDate)} to ${longDate(trip.endDate)}. Home time zone ${trip.homeTimeZone}, destination ${trip.destination.timeZone}.`
  );
}
