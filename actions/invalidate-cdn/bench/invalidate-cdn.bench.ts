// Bundle size, cold start of the bundle (to its first input check), and planning a large site.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { invalidationBatch, md5Hex, planSync, type LocalFile } from "../src/plan";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");
console.log(`bundle: ${(statSync(dist).size / 1024 / 1024).toFixed(2)} MB`);

const starts: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  spawnSync(process.execPath, [dist], { env: { PATH: process.env.PATH, "INPUT_SOURCE-DIR": "" } });
  starts.push(performance.now() - started);
}
starts.sort((a, b) => a - b);
console.log(`start-up to first input error: median ${starts[2]?.toFixed(0)} ms over 5 runs`);

const files: LocalFile[] = Array.from({ length: 5000 }, (_, i) => {
  const body = new TextEncoder().encode(`file ${i} `.repeat(200));
  return {
    key: i % 2 ? `assets/chunk${i}-Ab3dEf9${i % 10}.js` : `img/photo${i}.png`,
    body,
    md5: md5Hex(body),
  };
});
const remote = files.map((f, i) => ({ key: f.key, etag: i % 10 === 0 ? '"0"' : `"${f.md5}"` }));
const started = performance.now();
const plan = planSync(files, remote);
const batch = invalidationBatch([...plan.assets, ...plan.entries].map((upload) => upload.key));
console.log(
  `plan 5000 files against a 5000-object listing: ${(performance.now() - started).toFixed(1)} ms ` +
    `(${plan.assets.length} uploads, ${plan.unchanged.length} unchanged, invalidation ${batch?.paths.join(" ")})`,
);
