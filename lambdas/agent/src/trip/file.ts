// Reading a trip file from disk. YAML is what families edit; JSON is YAML too, so one parser
// (the `yaml` library) reads both and reports syntax errors with line and column.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, YAMLError } from "yaml";
import { parseTrip, TripDataError, type Trip } from "./schema";

/** The family's trip: `lambdas/agent/trip.yaml`. */
export const DEFAULT_TRIP_FILE = fileURLToPath(new URL("../../trip.yaml", import.meta.url));

export class TripFileError extends Error {
  override name = "TripFileError";
  constructor(
    readonly file: string,
    /** Each problem as `field: detail` (or `line L, column C: detail` for a syntax error). */
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
  }
}

/** The file's data, not yet validated. Throws `TripFileError` for unreadable or malformed files. */
export function readTripData(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TripFileError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const where = error.linePos?.[0];
    const at = where ? `line ${where.line}, column ${where.col}: ` : "";
    throw new TripFileError(file, [`${at}${error.message.split("\n")[0]}`]);
  }
}

/** Reads and validates a trip file; `TripFileError` lists every problem with its path. */
export function readTripFile(file: string): Trip {
  try {
    return parseTrip(readTripData(file));
  } catch (error) {
    if (error instanceof TripDataError) throw new TripFileError(file, error.problems);
    throw error;
  }
}
