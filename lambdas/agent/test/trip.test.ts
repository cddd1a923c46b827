import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { checkSchemaFresh, checkTripFiles } from "../src/trip/check";
import { DEFAULT_TRIP_FILE, readTripData, readTripFile, TripFileError } from "../src/trip/file";
import { generateTripJsonSchema, TRIP_SCHEMA_FILE } from "../src/trip/json-schema";
import { loadTrip } from "../src/trip/load";
import { parseTrip, TripDataError } from "../src/trip/schema";
import { bookingsByKind, dayPlan, daysUntilDeparture, localTime, searchTrip } from "../src/trip/queries";
import { fixture, portugal as trip } from "./support/trips";

const sampleTrip = readTripData(fixture("portugal-2027.json"));
/** The sample trip with the value at `path` replaced (or removed when `value` is undefined). */
function changed(path: (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(sampleTrip);
  const parent = path.slice(0, -1).reduce((node, key) => (node as Record<string, unknown>)[key], copy);
  const last = path.at(-1) as string | number;
  if (value === undefined) Reflect.deleteProperty(parent as object, last);
  else (parent as Record<string | number, unknown>)[last] = value;
  return copy;
}

describe("trip data validation", () => {
  it("accepts the bundled sample trip for a family of five", () => {
    expect(trip.travelers).toHaveLength(5);
  });

  it("names the field of a bad flight time", () => {
    expect(() => parseTrip(changed(["flights", 1, "departure"], "18 July, 11:40"))).toThrow(
      "Trip data is invalid at flights[1].departure: expected a local date-time as YYYY-MM-DDTHH:MM",
    );
  });

  it("names a missing field and an unknown time zone", () => {
    expect(() => parseTrip(changed(["lodging", 0, "confirmation"], undefined))).toThrow(
      /lodging\[0\]\.confirmation/,
    );
    const zone = changed(["destination", "timeZone"], "Europe/Atlantis");
    const error = (() => {
      try {
        parseTrip(zone);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TripDataError);
    expect((error as TripDataError).field).toBe("destination.timeZone");
  });

  it("rejects a day outside the trip and a plan item pointing at an unknown booking", () => {
    expect(() => parseTrip(changed(["days", 0, "date"], "2027-08-01"))).toThrow(
      /days\[0\]\.date: must fall between/,
    );
    expect(() => parseTrip(changed(["days", 2, "items", 1, "bookingId"], "aquarium"))).toThrow(
      /days\[2\]\.items\[1\]\.bookingId: refers to unknown booking "aquarium"/,
    );
  });
});

describe("the trip file", () => {
  const dir = mkdtempSync(join(tmpdir(), "trip-file-"));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("reads the same trip from YAML and from JSON", () => {
    const fromYaml = readTripFile(write("copy.yaml", stringify(sampleTrip)));
    expect(fromYaml).toEqual(trip);
  });

  it("is what the agent loads when TRIP_FILE is not set, and it is valid", () => {
    expect(loadTrip()).toEqual(readTripFile(DEFAULT_TRIP_FILE));
  });

  it("reports every problem at once, each with its path", () => {
    const broken = changed(["flights", 1, "departure"], "18 July, 11:40") as Record<string, unknown>;
    const lodging = broken.lodging as Record<string, unknown>[];
    delete lodging[0]?.confirmation;
    const days = broken.days as Array<{ items: Array<Record<string, unknown>> }>;
    (days[2]?.items[1] as Record<string, unknown>).bookingId = "aquarium";
    const file = write("broken.json", JSON.stringify(broken));
    const error = (() => {
      try {
        readTripFile(file);
      } catch (e) {
        return e as TripFileError;
      }
    })();
    expect(error).toBeInstanceOf(TripFileError);
    expect(error?.problems).toEqual([
      "flights[1].departure: expected a local date-time as YYYY-MM-DDTHH:MM",
      "lodging[0].confirmation: Invalid input: expected string, received undefined",
      'days[2].items[1].bookingId: refers to unknown booking "aquarium"',
    ]);
    const report = checkTripFiles([file]);
    expect(report.ok).toBe(false);
    expect(report.lines.slice(1)).toEqual(error?.problems.map((p) => `  ${p}`));
    expect(report.lines[0]).toMatch(/broken\.json: 3 problems$/);
  });

  it("names the line and column of a YAML syntax error", () => {
    const file = write("bad.yaml", "name: Trip\nfamily: [unclosed\n");
    expect(() => readTripFile(file)).toThrow(/bad\.yaml: line \d+, column \d+: /);
  });

  it("reports a repeated day", () => {
    const twice = changed(["days", 3, "date"], "2027-07-12");
    expect(() => parseTrip(twice)).toThrow(/days\[3\]\.date: 2027-07-12 is already planned in days\[2\]/);
  });

  it("has a committed JSON Schema generated from the zod schema, which the YAML file points at", async () => {
    expect(readFileSync(TRIP_SCHEMA_FILE, "utf8")).toBe(await generateTripJsonSchema());
    expect((await checkSchemaFresh()).ok).toBe(true);
    const schema = JSON.parse(readFileSync(TRIP_SCHEMA_FILE, "utf8")) as {
      properties: { flights: { items: { properties: { departure: { pattern: string } } } } };
      required: string[];
    };
    expect(schema.required).toEqual(expect.arrayContaining(["travelers", "flights", "days"]));
    expect(schema.properties.flights.items.properties.departure.pattern).toBe(
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$",
    );
    expect(readFileSync(DEFAULT_TRIP_FILE, "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=./trip.schema.json",
    );
  });

  it("npm run trip:check prints each problem and exits 1", () => {
    const file = write("cli.json", JSON.stringify(changed(["flights", 1, "departure"], "18 July")));
    let output = "";
    let status = 0;
    try {
      execFileSync("npx", ["tsx", "lambdas/agent/src/trip/check-cli.ts", file], { encoding: "utf8" });
    } catch (error) {
      ({ stdout: output, status } = error as { stdout: string; status: number });
    }
    expect(status).toBe(1);
    expect(output).toContain("  flights[1].departure: expected a local date-time as YYYY-MM-DDTHH:MM");
    expect(output).toContain("trip.schema.json: up to date");
  });
});

describe("trip queries", () => {
  const beforeTrip = new Date("2027-06-30T15:00:00Z");

  it("plans a day by date, by number and by 'tomorrow' at the destination", () => {
    expect(dayPlan(trip, "2027-07-13", beforeTrip)).toMatch(
      /^Day 4, Tuesday 13 July 2027: Day trip to Sintra/,
    );
    expect(dayPlan(trip, "day 4", beforeTrip)).toContain("10:30 Pena Palace");
    // 23:30 UTC on 12 July is already 13 July in Lisbon (UTC+1 in summer).
    expect(dayPlan(trip, "tomorrow", new Date("2027-07-12T23:30:00Z"))).toMatch(/^Day 5, Wednesday 14 July/);
    expect(dayPlan(trip, "2027-09-01", beforeTrip)).toMatch(/nothing planned/);
    expect(dayPlan(trip, "someday", beforeTrip)).toMatch(/could not read "someday"/);
  });

  it("lists bookings by kind with confirmation numbers", () => {
    const flights = bookingsByKind(trip, "flight");
    expect(flights.split("\n")).toHaveLength(2);
    expect(flights).toContain("TP 218");
    expect(flights).toContain("Confirmation K7QX2M");
    expect(bookingsByKind(trip, "car")).toContain("SX-90417733");
    expect(bookingsByKind(trip, "all").split("\n")).toHaveLength(2 + 3 + 9);
  });

  it("searches across the trip ignoring accents and case", () => {
    const result = searchTrip(trip, "oceanario");
    expect(result.split("\n")[0]).toContain("OCL-774120");
    const rita = searchTrip(trip, "Rita phone").split("\n");
    expect(rita).toHaveLength(2);
    expect(rita.every((line) => line.includes("+351 912 480 315"))).toBe(true);
    expect(searchTrip(trip, "snowboarding")).toMatch(/Nothing on the trip/);
  });

  it("gives the local time and the difference from home", () => {
    const text = localTime(trip, new Date("2027-07-12T13:05:00Z"));
    expect(text).toContain("Monday 12 July, 14:05");
    expect(text).toContain("Monday 12 July, 09:05");
    expect(text).toContain("5 hours ahead of home");
  });

  it("counts days until departure in the departure time zone", () => {
    expect(daysUntilDeparture(trip, beforeTrip)).toMatch(
      /^10 days until departure: you leave Saturday 10 July 2027 on TP 218/,
    );
    // 02:00 UTC on 10 July is still 9 July in Boston.
    expect(daysUntilDeparture(trip, new Date("2027-07-10T02:00:00Z"))).toMatch(/^Departure is tomorrow/);
    expect(daysUntilDeparture(trip, new Date("2027-07-13T12:00:00Z"))).toMatch(/today is day 4/);
    expect(daysUntilDeparture(trip, new Date("2027-07-25T12:00:00Z"))).toMatch(/ended 7 days ago/);
  });
});
