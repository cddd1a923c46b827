// The local issuer's accounts: the travellers of the agent's trip (trip.yaml, or TRIP_FILE),
// so the person signed in is someone the trip data knows.
import { loadTrip } from "@trip/agent";

export interface FamilyAccount {
  sub: string;
  email: string;
  name: string;
  givenName: string;
  familyName: string;
}

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

export function familyAccounts(trip: TripPeople = loadTrip()): FamilyAccount[] {
  return accountsFrom(trip);
}
