// First-load JS of App Router pages, gzipped, read from a finished `next build`: the root main files every
// page loads plus the chunks the page's client-reference manifest lists for its layouts and the page itself,
// each counted once. Chunks a page only fetches later (next/dynamic, lazy imports) are not in those lists.
// Plain JS so both `node scripts/first-load-js.mjs` and the TypeScript benches run it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * @typedef {{ key: string, name: string }} AppPage
 *   key: the app-paths-manifest key without "/page" ("/(dashboard)/schedule", "" for app/page);
 *   name: its URL ("/schedule").
 * @typedef {{ chunks: number, rawBytes: number, gzipBytes: number }} FirstLoad
 */

/** "/(dashboard)/meetings/[roomId]" → "/meetings/[roomId]": route groups are not part of the URL. */
export function pageName(key) {
  const url = key
    .split("/")
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment))
    .join("/");
  return `/${url}`;
}

/**
 * Every page of the build (route handlers aside), sorted by URL. Next's own `_not-found` and
 * `_global-error` are left out: they are the framework's, the same in every app.
 * @returns {AppPage[]}
 */
export function appPages(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, "server/app-paths-manifest.json"), "utf8"));
  return Object.keys(manifest)
    .filter((entry) => entry.endsWith("/page"))
    .map((entry) => entry.slice(0, -"/page".length))
    .filter((key) => !key.split("/").some((segment) => segment.startsWith("_")))
    .map((key) => ({ key, name: pageName(key) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The chunks a browser loads before the page is interactive: root main files, layouts, the page. */
export function firstLoadChunks(key, dist) {
  const build = JSON.parse(readFileSync(join(dist, "build-manifest.json"), "utf8"));
  const source = readFileSync(join(dist, "server/app", key, "page_client-reference-manifest.js"), "utf8");
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route]; run it on a scratch global.
  const saved = globalThis.__RSC_MANIFEST;
  globalThis.__RSC_MANIFEST = {};
  try {
    new Function(source)();
    const manifest = Object.values(globalThis.__RSC_MANIFEST)[0];
    // Entries are "[project]/<path>/layout" and "…/page"; the not-found, forbidden and error boundaries
    // in the same manifest load only when they are shown.
    const entries = Object.entries(manifest.entryJSFiles).filter(
      ([entry]) => entry.endsWith("/layout") || entry.endsWith(`${key}/page`),
    );
    return [...new Set([...build.rootMainFiles, ...entries.flatMap(([, list]) => list)])];
  } finally {
    globalThis.__RSC_MANIFEST = saved;
  }
}

/** @returns {FirstLoad} */
export function firstLoadJs(key, dist) {
  const files = firstLoadChunks(key, dist);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { chunks: files.length, rawBytes, gzipBytes };
}
