import { headersFor, IMMUTABLE, isContentHashed, NO_CACHE, SHORT } from "../src/headers";

describe("isContentHashed", () => {
  test.each([
    "assets/index-BwXk3a9Q.js",
    "assets/index-D2f9_Q1c.css",
    "assets/vendor-a-b3cDef.js",
    "assets/logo-4fD9aZ0b.svg",
    "assets/index-BwXk3a9Q.js.map",
    "nested/assets/chunk.3f2a9c1e0b7d.js",
  ])("%s is content-hashed", (key) => expect(isContentHashed(key)).toBe(true));

  test.each([
    "index.html",
    "favicon.ico",
    "logo-BwXk3a9Q.svg", // hashed-looking but outside assets/: could be a public/ file
    "assets/logo.svg",
    "assets/app-short1.js",
    "assets/sub/index-BwXk3a9Q.js",
    "robots.txt",
  ])("%s is not content-hashed", (key) => expect(isContentHashed(key)).toBe(false));
});

describe("headersFor", () => {
  test.each([
    ["index.html", "text/html; charset=utf-8", NO_CACHE],
    ["docs/index.html", "text/html; charset=utf-8", NO_CACHE],
    ["config.json", "application/json; charset=utf-8", NO_CACHE],
    ["assets/index-BwXk3a9Q.js", "text/javascript; charset=utf-8", IMMUTABLE],
    ["assets/index-D2f9gQ1c.css", "text/css; charset=utf-8", IMMUTABLE],
    ["assets/font-D2f9gQ1c.woff2", "font/woff2", IMMUTABLE],
    ["assets/index-BwXk3a9Q.js.map", "application/json; charset=utf-8", IMMUTABLE],
    ["favicon.svg", "image/svg+xml", SHORT],
    ["manifest.webmanifest", "application/manifest+json; charset=utf-8", SHORT],
    ["assets/data.json", "application/json; charset=utf-8", SHORT],
    ["LICENSE", "application/octet-stream", SHORT],
  ])("%s → %s, %s", (key, contentType, cacheControl) => {
    expect(headersFor(key)).toEqual({ contentType, cacheControl });
  });
});
