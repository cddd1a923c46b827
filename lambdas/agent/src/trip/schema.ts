// The trip file's shape: the one definition behind start-up validation, `npm run trip:check`
// and the JSON Schema editors use (trip.schema.json is generated from it). The descriptions
// are what an editor shows on hover, so they are written for the family, not for us.
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date as YYYY-MM-DD" })
  .describe("A date as YYYY-MM-DD");
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "expected a local date-time as YYYY-MM-DDTHH:MM" })
  .describe("Local date and time at that airport, as YYYY-MM-DDTHH:MM");
const clockTime = z
  .string()
  .regex(/^\d{2}:\d{2}$/, { error: "expected a time as HH:MM" })
  .describe("Local time as HH:MM (24-hour)");
// Creating an Intl formatter is slow, and the file repeats a handful of zones.
const knownZones = new Set<string>();
const isTimeZone = (zone: string): boolean => {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
};
const timeZone = z
  .string()
  .refine(isTimeZone, { error: "expected an IANA time zone such as Europe/Lisbon" })
  .describe("An IANA time zone, such as Europe/Lisbon or Asia/Tokyo");
const text = z.string().trim().min(1, { error: "must not be empty" });
const kids = z
  .string()
  .optional()
  .describe(
    "Why this suits the children, or what to know for them (the assistant answers 'what suits the kids?' from these)",
  );

export const travelerSchema = z.object({
  name: text.describe("First name, as the family says it"),
  age: z.number().int().min(0).max(120).describe("Age in years during the trip"),
  role: z.enum(["adult", "child"]),
});

export const placeSchema = z.object({
  code: text.describe("Airport code, e.g. LIS"),
  city: text,
});

export const flightSchema = z.object({
  id: text.describe("A short id of your choice; plan items refer to it with bookingId"),
  airline: text,
  flightNumber: text,
  from: placeSchema,
  to: placeSchema,
  departure: localDateTime,
  departureTimeZone: timeZone,
  arrival: localDateTime,
  arrivalTimeZone: timeZone,
  confirmation: text.describe("Booking reference"),
  seats: z.array(text).default([]),
  notes: z.string().optional(),
});

export const lodgingSchema = z.object({
  id: text.describe("A short id of your choice; plan items refer to it with bookingId"),
  name: text,
  address: text,
  checkIn: isoDate.describe("The first night, as YYYY-MM-DD"),
  checkOut: isoDate.describe("The morning you leave, as YYYY-MM-DD"),
  checkInTime: clockTime,
  checkOutTime: clockTime,
  confirmation: text.describe("Booking reference"),
  phone: text.describe("The reception's or host's phone number"),
  notes: z.string().optional(),
});

export const bookingKinds = ["car", "train", "activity", "restaurant", "insurance"] as const;

export const bookingSchema = z.object({
  id: text.describe("A short id of your choice; plan items refer to it with bookingId"),
  kind: z.enum(bookingKinds),
  title: text,
  provider: text,
  date: isoDate,
  time: clockTime.optional(),
  confirmation: text.describe("Booking reference or ticket number"),
  details: z.string().optional(),
  kids,
});

export const planItemSchema = z.object({
  time: clockTime.optional(),
  title: text,
  location: z.string().optional(),
  bookingId: z.string().optional().describe("The id of the flight, lodging or booking this item is about"),
  notes: z.string().optional(),
  kids,
});

export const daySchema = z.object({
  date: isoDate,
  title: text,
  base: text.describe("Where the family is based that day (a town or area)"),
  items: z.array(planItemSchema).min(1, { error: "a day needs at least one plan item" }),
});

export const contactSchema = z.object({
  name: text,
  role: text.describe(
    "Who they are for the trip, e.g. 'Villa host', 'Hotel reception', 'Roadside assistance', 'Emergency'",
  ),
  phone: z.string().optional(),
  email: z.string().optional(),
  notes: z.string().optional(),
});

interface Raw {
  startDate?: unknown;
  endDate?: unknown;
  days?: unknown;
  flights?: unknown;
  lodging?: unknown;
  bookings?: unknown;
}
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
    : [];

export const tripSchema = z
  .object({
    name: text.describe("The trip's name, shown in the chat's header"),
    family: text.describe("The family name"),
    travelers: z.array(travelerSchema).min(1, { error: "at least one traveler is required" }),
    homeTimeZone: timeZone,
    destination: z.object({ name: text, country: text, timeZone }),
    startDate: isoDate.describe("The first day of the trip (usually the day you leave)"),
    endDate: isoDate.describe("The last day of the trip"),
    flights: z.array(flightSchema).min(1, { error: "at least one flight is required" }),
    lodging: z.array(lodgingSchema),
    bookings: z.array(bookingSchema),
    days: z.array(daySchema).min(1, { error: "at least one day is required" }),
    contacts: z.array(contactSchema),
  })
  .meta({
    title: "Trip",
    description:
      "The family's trip: who travels, flights, lodging, bookings, the plan for each day and contacts.",
  })
  // Runs even when fields above are wrong, so one check reports every problem at once; the
  // data may therefore be malformed here, and only well-formed parts are compared.
  .superRefine(
    (value, ctx) => {
      const trip = value as Raw;
      const dated = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
      const { startDate, endDate } = trip;
      const range = dated(startDate) && dated(endDate);
      if (range && endDate < startDate) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "must not be before startDate" });
      }
      const days = list(trip.days);
      if (range) {
        days.forEach((day, index) => {
          if (dated(day.date) && (day.date < startDate || day.date > endDate)) {
            ctx.addIssue({
              code: "custom",
              path: ["days", index, "date"],
              message: `must fall between startDate ${startDate} and endDate ${endDate}`,
            });
          }
        });
      }
      const seen = new Map<string, number>();
      days.forEach((day, index) => {
        if (!dated(day.date)) return;
        const first = seen.get(day.date);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["days", index, "date"],
            message: `${day.date} is already planned in days[${first}]`,
          });
        } else seen.set(day.date, index);
      });
      const bookingIds = new Set(
        [...list(trip.flights), ...list(trip.lodging), ...list(trip.bookings)].map((b) => b.id),
      );
      days.forEach((day, dayIndex) =>
        list(day.items).forEach((item, itemIndex) => {
          if (item.bookingId !== undefined && !bookingIds.has(item.bookingId)) {
            ctx.addIssue({
              code: "custom",
              path: ["days", dayIndex, "items", itemIndex, "bookingId"],
              message: `refers to unknown booking "${String(item.bookingId)}"`,
            });
          }
        }),
      );
    },
    { when: () => true },
  );

export type Trip = z.infer<typeof tripSchema>;
export type Traveler = z.infer<typeof travelerSchema>;
export type Flight = z.infer<typeof flightSchema>;
export type Lodging = z.infer<typeof lodgingSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type Day = z.infer<typeof daySchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type BookingKind = (typeof bookingKinds)[number];

export class TripDataError extends Error {
  override name = "TripDataError";
  constructor(
    readonly field: string,
    detail: string,
    /** Every problem found, as `field: detail`; the message names the first. */
    readonly problems: readonly string[] = [`${field}: ${detail}`],
  ) {
    super(`Trip data is invalid at ${field}: ${detail}`);
  }
}

const fieldName = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (name, key) =>
      typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    "",
  ) || "(root)";

/** Validates raw trip data; throws `TripDataError` naming the first bad field and listing all. */
export function parseTrip(raw: unknown): Trip {
  const result = tripSchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: fieldName(issue.path),
    message: issue.message,
  }));
  const first = issues[0] ?? { field: "(root)", message: "invalid" };
  throw new TripDataError(
    first.field,
    first.message,
    issues.map(({ field, message }) => `${field}: ${message}`),
  );
}
