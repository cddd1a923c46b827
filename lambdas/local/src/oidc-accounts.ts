// The local issuer's accounts: the five travellers of the agent's sample trip, so the person
// signed in is someone the trip data knows. Their names are read from that one file.
import { readFileSync } from "node:fs";

export interface FamilyAccount {
  sub: string;
  email: string;
  name: string;
  givenName: string;
  familyName: string;
}

const sampleTrip = new URL("../../agent/src/trip/sample-trip.json", import.meta.url);

export const DEFAULT_DEV_PASSWORD = "trip-dev-password";

/** The dev password: `DEV_PASSWORD` when set, else the documented default. */
export function devPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEV_PASSWORD || DEFAULT_DEV_PASSWORD;
}

interface TripPeople {
  family: string;
  travelers: { name: string }[];
}

export function accountsFrom({ family, travelers }: TripPeople): FamilyAccount[] {
  const domain = `${family.toLowerCase().replace(/[^a-z0-9]+/g, "")}.example.com`;
  return travelers.map(({ name }) => {
    const local = name.toLowerCase().replace(/[^a-z0-9]+/g, ".");
    return {
      sub: `family-${local}`,
      email: `${local}@${domain}`,
      name: `${name} ${family}`,
      givenName: name,
      familyName: family,
    };
  });
}

export function familyAccounts(file: URL = sampleTrip): FamilyAccount[] {
  const trip = JSON.parse(readFileSync(file, "utf8")) as TripPeople;
  return accountsFrom(trip);
}
