// `npm run trip:check [-- FILE...]` (entry: check-cli.ts): validates trip files (default: the family's trip.yaml) and
// reports every problem with its path, then checks that trip.schema.json is fresh.
// `npm run trip:schema` regenerates the schema. Exit code 1 when anything is wrong.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { DEFAULT_TRIP_FILE, readTripFile, TripFileError } from "./file";
import { generateTripJsonSchema, TRIP_SCHEMA_FILE } from "./json-schema";

export interface CheckReport {
  ok: boolean;
  lines: string[];
}

const shown = (file: string) => relative(process.cwd(), file) || file;

export function checkTripFiles(files: readonly string[]): CheckReport {
  const lines: string[] = [];
  let ok = true;
  for (const file of files) {
    try {
      const trip = readTripFile(file);
      lines.push(
        `${shown(file)}: ok (${trip.name}: the ${trip.family} family, ${trip.startDate} to ${trip.endDate}, ` +
          `${trip.days.length} days planned)`,
      );
    } catch (error) {
      if (!(error instanceof TripFileError)) throw error;
      ok = false;
      const count = error.problems.length;
      lines.push(`${shown(file)}: ${count} problem${count === 1 ? "" : "s"}`);
      lines.push(...error.problems.map((problem) => `  ${problem}`));
    }
  }
  return { ok, lines };
}

export async function checkSchemaFresh(): Promise<CheckReport> {
  const expected = await generateTripJsonSchema();
  let committed = "";
  try {
    committed = readFileSync(TRIP_SCHEMA_FILE, "utf8");
  } catch {
    // A missing file is reported as stale below.
  }
  return committed === expected
    ? { ok: true, lines: [`${shown(TRIP_SCHEMA_FILE)}: up to date`] }
    : {
        ok: false,
        lines: [`${shown(TRIP_SCHEMA_FILE)}: out of date with src/trip/schema.ts; run npm run trip:schema`],
      };
}

export async function main(args: string[]): Promise<number> {
  if (args.includes("--write-schema")) {
    writeFileSync(TRIP_SCHEMA_FILE, await generateTripJsonSchema());
    console.log(`wrote ${shown(TRIP_SCHEMA_FILE)}`);
    return 0;
  }
  const files = args.length > 0 ? args : [DEFAULT_TRIP_FILE];
  const reports = [checkTripFiles(files), await checkSchemaFresh()];
  for (const line of reports.flatMap((r) => r.lines)) console.log(line);
  return reports.every((r) => r.ok) ? 0 : 1;
}
