import { callerReference, parseManifest, planRelease, type ReleaseManifest } from "../src/releases";

const newRelease = { id: "R-new", createdAt: "2026-12-04T12:00:00.000Z" };
const r = (id: string, ...keys: string[]) => ({ id, createdAt: "2026-12-01T00:00:00.000Z", keys });
const manifest = (...releases: ReturnType<typeof r>[]): ReleaseManifest => ({ version: 1, releases });

describe("planRelease", () => {
  test("keeps the last N releases and prunes only what none of them references", () => {
    const plan = planRelease({
      manifest: manifest(
        r("R1", "index.html", "assets/a-11111111.js", "logo.png"),
        r("R2", "index.html", "assets/a-22222222.js", "logo.png"),
      ),
      remoteKeys: ["index.html", "assets/a-11111111.js", "assets/a-22222222.js", "logo.png", "stray.txt"],
      localKeys: ["index.html", "assets/a-33333333.js"],
      uploadKeys: ["index.html", "assets/a-33333333.js"],
      keep: 2,
      newRelease,
    });
    expect(plan.release).toEqual({ ...newRelease, keys: ["assets/a-33333333.js", "index.html"] });
    expect(plan.kept.map((k) => k.id)).toEqual(["R2", "R-new"]);
    expect(plan.prune).toEqual(["assets/a-11111111.js", "stray.txt"]);
    // Deleted stable names are invalidated too; still-referenced logo.png is neither.
    expect(plan.invalidate).toEqual(["index.html", "stray.txt"]);
  });

  test("the same site again is no new release; pending keys stay owed", () => {
    const plan = planRelease({
      manifest: { ...manifest(r("R1", "index.html")), pending: { keys: ["index.html"] } },
      remoteKeys: ["index.html"],
      localKeys: ["index.html"],
      uploadKeys: [],
      keep: 3,
      newRelease,
    });
    expect(plan.release).toBeUndefined();
    expect(plan.releases.map((k) => k.id)).toEqual(["R1"]);
    expect(plan.invalidate).toEqual(["index.html"]);
    expect(plan.prune).toEqual([]);
  });

  test("changed content under the same keys replaces the latest entry instead of adding one", () => {
    const plan = planRelease({
      manifest: manifest(r("R1", "index.html", "config.json")),
      remoteKeys: ["index.html", "config.json"],
      localKeys: ["config.json", "index.html"],
      uploadKeys: ["config.json"],
      keep: 3,
      newRelease,
    });
    expect(plan.releases.map((k) => k.id)).toEqual(["R-new"]);
    expect(plan.invalidate).toEqual(["config.json"]);
  });
});

describe("callerReference", () => {
  test("unique per release, the same for a re-run of one release", () => {
    const paths = ["/", "/index.html"];
    expect(callerReference("R1", paths)).toBe(callerReference("R1", [...paths]));
    expect(callerReference("R1", paths)).toMatch(/^invalidate-cdn-[0-9a-f]{40}$/);
    expect(callerReference("R2", paths)).not.toBe(callerReference("R1", paths));
    expect(callerReference("R1", ["/*"])).not.toBe(callerReference("R1", paths));
  });
});

describe("parseManifest", () => {
  test("names the object and what is wrong", () => {
    expect(() => parseManifest("{", "s3://b/.invalidate-cdn/releases.json")).toThrow(
      /^s3:\/\/b\/.invalidate-cdn\/releases.json is not JSON/,
    );
    expect(() => parseManifest('{"version":2,"releases":[]}', "m")).toThrow(/^m is not a release manifest/);
  });
});
