#!/usr/bin/env node
// First-load JS of one App Router route, gzipped: the root main files every page loads plus the chunks the
// route's client-reference manifest lists for its layouts and page, each counted once. Run after `next build`:
//   node scripts/first-load-js.mjs "/(dashboard)/schedule"
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const route = process.argv[2] ?? "/(dashboard)/schedule";
const dist = process.argv[3] ?? ".next";
const build = JSON.parse(readFileSync(join(dist, "build-manifest.json"), "utf8"));
const manifestFile = join(dist, "server/app", route, "page_client-reference-manifest.js");
const source = readFileSync(manifestFile, "utf8");
globalThis.__RSC_MANIFEST = {};
new Function(source)();
const manifest = Object.values(globalThis.__RSC_MANIFEST)[0];
const entries = Object.entries(manifest.entryJSFiles).filter(
  ([entry]) => entry.endsWith("/layout") || entry.endsWith(`${route}/page`),
);
const files = new Set([...build.rootMainFiles, ...entries.flatMap(([, list]) => list)]);
let raw = 0;
let gzipped = 0;
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kib = (n) => (n / 1024).toFixed(1);
console.log(
  `${route}: ${files.size} chunks, ${kib(raw)} KiB raw, ${kib(gzipped)} KiB gzipped (${gzipped} bytes)`,
);
