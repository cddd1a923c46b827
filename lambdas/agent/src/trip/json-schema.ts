// trip.schema.json, generated from the zod schema so the editor's checks and the agent's
// never disagree. Formatted with the repository's Prettier settings so `prettier --check`
// and the freshness check agree too.
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { z } from "zod";
import { tripSchema } from "./schema";

export const TRIP_SCHEMA_FILE = fileURLToPath(new URL("../../trip.schema.json", import.meta.url));

export async function generateTripJsonSchema(): Promise<string> {
  const schema = z.toJSONSchema(tripSchema, { io: "input" });
  const options = (await resolveConfig(TRIP_SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(schema), { ...options, parser: "json" });
}
