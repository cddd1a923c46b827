// The tools the model may call. Each wraps a pure query over the validated trip.
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import {
  bookingsByKind,
  dayPlan,
  daysUntilDeparture,
  kindsForQuery,
  localTime,
  searchTrip,
} from "./trip/queries";
import type { Trip } from "./trip/schema";

export type Clock = () => Date;

export const TOOL_NAMES = {
  dayPlan: "day_plan",
  search: "search_trip",
  bookings: "bookings_by_kind",
  localTime: "local_time",
  daysUntil: "days_until_departure",
} as const;

export function createTripTools(trip: Trip, clock: Clock = () => new Date()) {
  return [
    tool(({ day }) => dayPlan(trip, day, clock()), {
      name: TOOL_NAMES.dayPlan,
      description:
        "The plan for one day of the trip: times, places and bookings. Accepts a date (YYYY-MM-DD), a day number, 'today' or 'tomorrow'.",
      schema: z.object({
        day: z.string().describe("YYYY-MM-DD, a day number such as '3', 'today' or 'tomorrow'"),
      }),
    }),
    tool(({ query }) => searchTrip(trip, query), {
      name: TOOL_NAMES.search,
      description:
        "Search everything on the trip (flights, lodging, bookings, daily plans, contacts) for words.",
      schema: z.object({ query: z.string().describe("words to look for, e.g. 'beach' or 'Rita phone'") }),
    }),
    tool(({ kind }) => bookingsByKind(trip, kind), {
      name: TOOL_NAMES.bookings,
      description: "Bookings of one kind with dates, times and confirmation numbers.",
      schema: z.object({ kind: z.enum(kindsForQuery) }),
    }),
    tool(() => localTime(trip, clock()), {
      name: TOOL_NAMES.localTime,
      description: "The current local time at the destination and at home, and the time difference.",
      schema: z.object({}),
    }),
    tool(() => daysUntilDeparture(trip, clock()), {
      name: TOOL_NAMES.daysUntil,
      description: "How many days are left until the family departs (or which day of the trip it is).",
      schema: z.object({}),
    }),
  ];
}

export type TripTools = ReturnType<typeof createTripTools>;
