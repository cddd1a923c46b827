// Where the agent's trip comes from. Run from source (tests, `npm start`) it is read from disk:
// the family's trip.yaml, or the file TRIP_FILE names. The Lambda build replaces this module
// with the file's data (see ../../trip-embed.mjs), so the bundle carries no YAML parser.
import { DEFAULT_TRIP_FILE, readTripData } from "./file";

export const readTripSource = (env: NodeJS.ProcessEnv = process.env): unknown =>
  readTripData(env.TRIP_FILE || DEFAULT_TRIP_FILE);
