#!/usr/bin/env node
// Bundles the Lambda in the current workspace folder (src/handler.ts) into build/index.mjs:
// one ESM file, tree-shaken, minified, with a source map. Lambda's Node.js base image
// resolves the image command `index.handler` to it.
//
// The version baked in is the short SHA of the last commit that changed the function's
// inputs (not HEAD), so an unrelated commit rebuilds byte-identical output and the image
// digest does not change. APP_VERSION in the build environment overrides it.
import { execFileSync } from "node:child_process";
import { rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";

const here = process.cwd();
const repo = resolve(import.meta.dirname, "..");
// The function's folder and the contract are all the source either function bundles.
const inputs = [relative(repo, here), "lambdas/contract", "lambdas/build-lambda.mjs", "package-lock.json"];

function gitVersion() {
  try {
    const sha = execFileSync("git", ["log", "-1", "--format=%h", "--", ...inputs], {
      cwd: repo,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", ...inputs], {
      cwd: repo,
      encoding: "utf8",
    }).trim();
    return sha ? `${sha}${dirty ? "-dirty" : ""}` : "dev";
  } catch {
    return "dev";
  }
}

const version = process.env.APP_VERSION || gitVersion();
// `--outfile PATH` builds elsewhere (tests build into a temporary folder).
const outfileFlag = process.argv.indexOf("--outfile");
const outfile = outfileFlag > 0 ? resolve(process.argv[outfileFlag + 1]) : "build/index.mjs";
// `--metafile PATH` writes esbuild's account of what went into the bundle (the benchmarks read it).
const metafileFlag = process.argv.indexOf("--metafile");
const common = {
  bundle: true,
  platform: "node",
  // ESM builds first: they tree-shake far better than the CommonJS ones node would pick.
  mainFields: ["module", "main"],
  format: "esm",
  target: "node20",
  logLevel: "warning",
};
// Bundled CommonJS dependencies call require() for Node built-ins; ESM has no require.
const requireBanner = {
  js: 'import{createRequire as __createRequire}from"node:module";const require=__createRequire(import.meta.url);',
};

/**
 * The trip is validated here, at build time, and the bundle carries the validated data as
 * JSON: a bad trip file fails the build naming the field (as `npm run trip:check` and a cold
 * start did), and the cold start no longer builds the trip's zod schemas or runs them. The
 * loader keeps its interface (`loadTrip(): Trip`); tests and the local server still load it
 * from source, validating as before.
 */
const validatedTrip = {
  name: "validated-trip",
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]lambdas[\\/]agent[\\/]src[\\/]trip[\\/]load\.ts$/ }, async ({ path }) => {
      // Beside the source, so anything the loader resolves relative to itself still resolves.
      const probe = join(dirname(path), `.load-${process.pid}.build.mjs`);
      let loader;
      try {
        await build({ ...common, entryPoints: [path], outfile: probe, banner: requireBanner });
        loader = await import(pathToFileURL(probe).href);
      } finally {
        rmSync(probe, { force: true });
      }
      const exports = Object.keys(loader).sort();
      if (exports.join() !== "loadTrip") {
        throw new Error(
          `${path} exports ${exports.join(", ")}: the build replaces only loadTrip; extend validatedTrip`,
        );
      }
      const trip = loader.loadTrip();
      const json = JSON.stringify(trip);
      if (!isDeepStrictEqual(JSON.parse(json), trip))
        throw new Error("the validated trip does not survive JSON");
      return {
        loader: "ts",
        contents: [
          `import type { Trip } from "./schema";`,
          `const trip: Trip = JSON.parse(${JSON.stringify(json)});`,
          `/** The trip, validated when this bundle was built. */`,
          `export const loadTrip = (): Trip => trip;`,
        ].join("\n"),
      };
    });
  },
};

/**
 * zod's `locales` namespace (every language's error messages, ~260 KiB minified) survives
 * tree-shaking in the agent bundle because a dependency uses the namespace as a value. Only
 * English is ever used (zod's default, registered by its own schemas module), so the
 * namespace is narrowed to it.
 */
const englishOnlyZodLocales = {
  name: "english-only-zod-locales",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, path }) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]/.test(importer)) return undefined;
      return { path: join(dirname(importer), path), namespace: "english-only-zod-locales" };
    });
    esbuild.onLoad({ filter: /.*/, namespace: "english-only-zod-locales" }, ({ path }) => ({
      resolveDir: dirname(path),
      contents: 'export { default as en } from "./en.js";',
    }));
  },
};

const result = await build({
  ...common,
  entryPoints: ["src/handler.ts"],
  outfile,
  minify: true,
  treeShaking: true,
  sourcemap: true,
  legalComments: "none",
  define: { __APP_VERSION__: JSON.stringify(version) },
  banner: requireBanner,
  plugins: [validatedTrip, englishOnlyZodLocales],
  metafile: metafileFlag > 0,
});
if (metafileFlag > 0) writeFileSync(process.argv[metafileFlag + 1], JSON.stringify(result.metafile));
console.log(
  `built ${relative(repo, resolve(outfile))} (${(statSync(outfile).size / 1024).toFixed(0)} KiB, version ${version})`,
);
