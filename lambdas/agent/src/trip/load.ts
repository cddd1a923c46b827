import sampleTrip from "./sample-trip.json" with { type: "json" };
import { parseTrip, type Trip } from "./schema";

let cached: Trip | undefined;

/** The bundled trip, validated on first use (the Lambda entry calls this at start-up). */
export function loadTrip(): Trip {
  cached ??= parseTrip(sampleTrip);
  return cached;
}
