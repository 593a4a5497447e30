#!/usr/bin/env node
// First-load JS of one App Router route, gzipped (scripts/lib/first-load-js.mjs). Run after `next build`:
//   node scripts/first-load-js.mjs "/(dashboard)/schedule"
// `npm run bench:pages` measures every page this way, against a bare app's floor.
import { firstLoadJs } from "./lib/first-load-js.mjs";

const route = process.argv[2] ?? "/(dashboard)/schedule";
const dist = process.argv[3] ?? ".next";
const { chunks, rawBytes, gzipBytes } = firstLoadJs(route, dist);
const kib = (n) => (n / 1024).toFixed(1);
console.log(
  `${route}: ${chunks} chunks, ${kib(rawBytes)} KiB raw, ${kib(gzipBytes)} KiB gzipped (${gzipBytes} bytes)`,
);
