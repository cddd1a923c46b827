// esbuild plugin for the agent's bundle: the module that reads the trip file from disk
// (src/trip/source.ts) is replaced by the file's data, parsed here at build time. The Lambda
// then starts without a YAML parser or a file read; it still validates the data with zod.
// `npm run build` checks the file first (`trip:check`), so a bad file stops the build.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";

export const embedTrip = {
  name: "embed-trip",
  setup(build) {
    build.onLoad({ filter: /[\\/]agent[\\/]src[\\/]trip[\\/]source\.ts$/ }, ({ path }) => {
      const file = resolve(dirname(path), "../../trip.yaml");
      const data = JSON.stringify(parse(readFileSync(file, "utf8")));
      // JSON.parse of a string literal starts faster than an object literal of this size.
      return {
        contents: `export const readTripSource = () => JSON.parse(${JSON.stringify(data)});`,
        loader: "js",
        watchFiles: [file],
      };
    });
  },
};
