import { parseTrip, type Trip } from "./schema";
import { readTripSource } from "./source";

let cached: Trip | undefined;

/** The family's trip, validated on first use (the Lambda entry calls this at start-up). */
export function loadTrip(): Trip {
  cached ??= parseTrip(readTripSource());
  return cached;
}
