#!/usr/bin/env node
// Bundles the Lambda in the current workspace folder (src/handler.ts) into build/index.mjs:
// one ESM file, tree-shaken, minified, with a source map. Lambda's Node.js base image
// resolves the image command `index.handler` to it.
//
// The version baked in is the short SHA of the last commit that changed the function's
// inputs (not HEAD), so an unrelated commit rebuilds byte-identical output and the image
// digest does not change. APP_VERSION in the build environment overrides it.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { build } from "esbuild";
import { embedTrip } from "./agent/trip-embed.mjs";

const here = process.cwd();
const repo = resolve(import.meta.dirname, "..");
const inputs = [relative(repo, here), "lambdas/agent/src", "lambdas/build-lambda.mjs", "package-lock.json"];

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
await build({
  entryPoints: ["src/handler.ts"],
  outfile,
  bundle: true,
  platform: "node",
  // ESM builds first: they tree-shake far better than the CommonJS ones node would pick.
  mainFields: ["module", "main"],
  format: "esm",
  target: "node20",
  minify: true,
  treeShaking: true,
  sourcemap: true,
  legalComments: "none",
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM has no require.
  banner: {
    js: 'import{createRequire as __createRequire}from"node:module";const require=__createRequire(import.meta.url);',
  },
  plugins: [embedTrip],
  logLevel: "warning",
});
console.log(
  `built ${relative(repo, resolve(outfile))} (${(statSync(outfile).size / 1024).toFixed(0)} KiB, version ${version})`,
);
