// The two trips the agent is tested on. Neither is the family's trip.yaml, which they edit.
import { fileURLToPath } from "node:url";
import { readTripFile } from "../../src/trip/file";

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The Brennans in Portugal, July 2027 (the example trip.yaml ships with), as JSON. */
export const portugal = readTripFile(fixture("portugal-2027.json"));
/** The Adeyemis in Japan over New Year 2027–28: no car, no restaurants, UTC+9 from London. */
export const japan = readTripFile(fixture("japan-new-year.yaml"));
