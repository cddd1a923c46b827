// The trip data file's shape. Validated once at start-up so a bad file fails the cold start
// with the offending field named, rather than a confusing answer later.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date as YYYY-MM-DD" });
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "expected a local date-time as YYYY-MM-DDTHH:MM" });
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, { error: "expected a time as HH:MM" });
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
const timeZone = z.string().refine(isTimeZone, { error: "expected an IANA time zone such as Europe/Lisbon" });
const text = z.string().trim().min(1, { error: "must not be empty" });

export const travelerSchema = z.object({
  name: text,
  age: z.number().int().min(0).max(120),
  role: z.enum(["adult", "child"]),
});

export const placeSchema = z.object({ code: text, city: text });

export const flightSchema = z.object({
  id: text,
  airline: text,
  flightNumber: text,
  from: placeSchema,
  to: placeSchema,
  departure: localDateTime,
  departureTimeZone: timeZone,
  arrival: localDateTime,
  arrivalTimeZone: timeZone,
  confirmation: text,
  seats: z.array(text).default([]),
  notes: z.string().optional(),
});

export const lodgingSchema = z.object({
  id: text,
  name: text,
  address: text,
  checkIn: isoDate,
  checkOut: isoDate,
  checkInTime: clockTime,
  checkOutTime: clockTime,
  confirmation: text,
  phone: text,
  notes: z.string().optional(),
});

export const bookingKinds = ["car", "train", "activity", "restaurant", "insurance"] as const;

export const bookingSchema = z.object({
  id: text,
  kind: z.enum(bookingKinds),
  title: text,
  provider: text,
  date: isoDate,
  time: clockTime.optional(),
  confirmation: text,
  details: z.string().optional(),
});

export const planItemSchema = z.object({
  time: clockTime.optional(),
  title: text,
  location: z.string().optional(),
  bookingId: z.string().optional(),
  notes: z.string().optional(),
});

export const daySchema = z.object({
  date: isoDate,
  title: text,
  base: text,
  items: z.array(planItemSchema).min(1, { error: "a day needs at least one plan item" }),
});

export const contactSchema = z.object({
  name: text,
  role: text,
  phone: z.string().optional(),
  email: z.string().optional(),
  notes: z.string().optional(),
});

export const tripSchema = z
  .object({
    name: text,
    family: text,
    travelers: z.array(travelerSchema).min(1, { error: "at least one traveler is required" }),
    homeTimeZone: timeZone,
    destination: z.object({ name: text, country: text, timeZone }),
    startDate: isoDate,
    endDate: isoDate,
    flights: z.array(flightSchema).min(1, { error: "at least one flight is required" }),
    lodging: z.array(lodgingSchema),
    bookings: z.array(bookingSchema),
    days: z.array(daySchema).min(1, { error: "at least one day is required" }),
    contacts: z.array(contactSchema),
  })
  .superRefine((trip, ctx) => {
    if (trip.endDate < trip.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "must not be before startDate" });
    }
    trip.days.forEach((day, index) => {
      if (day.date < trip.startDate || day.date > trip.endDate) {
        ctx.addIssue({
          code: "custom",
          path: ["days", index, "date"],
          message: `must fall between startDate ${trip.startDate} and endDate ${trip.endDate}`,
        });
      }
    });
    const bookingIds = new Set([
      ...trip.flights.map((f) => f.id),
      ...trip.lodging.map((l) => l.id),
      ...trip.bookings.map((b) => b.id),
    ]);
    trip.days.forEach((day, dayIndex) =>
      day.items.forEach((item, itemIndex) => {
        if (item.bookingId !== undefined && !bookingIds.has(item.bookingId)) {
          ctx.addIssue({
            code: "custom",
            path: ["days", dayIndex, "items", itemIndex, "bookingId"],
            message: `refers to unknown booking "${item.bookingId}"`,
          });
        }
      }),
    );
  });

export type Trip = z.infer<typeof tripSchema>;
export type Flight = z.infer<typeof flightSchema>;
export type Lodging = z.infer<typeof lodgingSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type Day = z.infer<typeof daySchema>;
export type BookingKind = (typeof bookingKinds)[number];

export class TripDataError extends Error {
  override name = "TripDataError";
  constructor(
    readonly field: string,
    detail: string,
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

/** Validates raw trip data; throws `TripDataError` naming the first bad field. */
export function parseTrip(raw: unknown): Trip {
  const result = tripSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new TripDataError(fieldName(issue?.path ?? []), issue?.message ?? "invalid");
}
