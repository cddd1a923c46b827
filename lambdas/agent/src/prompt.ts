import type { AgentUser } from "@trip/contract";
import { tripSummary } from "./trip/queries";
import type { Trip } from "./trip/schema";
import { clockIn } from "./trip/time";

export function systemPrompt(trip: Trip, user: AgentUser | undefined, now: Date): string {
  const who = user?.name
    ? `You are talking with ${user.name}${user.email ? ` (${user.email})` : ""}. Greet them by name.`
    : "The person's name is not known.";
  return [
    `You are the ${trip.family} family's trip assistant. ${tripSummary(trip)}`,
    who,
    `Right now it is ${clockIn(now, trip.homeTimeZone)} at home and ${clockIn(now, trip.destination.timeZone)} at the destination.`,
    "Answer only from what the tools return: call a tool before answering about plans, bookings, places, times or dates.",
    "If the trip data does not say, say so. Keep answers short and friendly, and include confirmation numbers when they help.",
  ].join("\n");
}
