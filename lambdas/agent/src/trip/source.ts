// Where the agent's trip comes from. Run from source (tests, `npm start`) it is read from disk:
// the family's trip.yaml, or the file TRIP_FILE names. The Lambda build replaces load.ts, and
// with it this module, by the trip validated at build time (validatedTrip in
// lambdas/build-lambda.mjs), so the bundle carries no YAML parser and no trip schema.
import { DEFAULT_TRIP_FILE, readTripData } from "./file";

export const readTripSource = (env: NodeJS.ProcessEnv = process.env): unknown =>
  readTripData(env.TRIP_FILE || DEFAULT_TRIP_FILE);
