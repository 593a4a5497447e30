import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appPages, firstLoadChunks, firstLoadJs, pageName } from "@/scripts/lib/first-load-js.mjs";

let dist: string;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), text);
}

/** A page's client-reference manifest as Next writes it: a script filling globalThis.__RSC_MANIFEST. */
function manifest(key: string, entryJSFiles: Record<string, string[]>) {
  const body = JSON.stringify({ entryJSFiles });
  write(
    `server/app${key}/page_client-reference-manifest.js`,
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
      `globalThis.__RSC_MANIFEST[${JSON.stringify(`${key}/page`)}] = ${body};`,
  );
}

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "first-load-"));
  write("build-manifest.json", JSON.stringify({ rootMainFiles: ["static/chunks/main.js"] }));
  write(
    "server/app-paths-manifest.json",
    JSON.stringify({
      "/(dashboard)/schedule/page": "app/(dashboard)/schedule/page.js",
      "/(dashboard)/meetings/[roomId]/page": "app/(dashboard)/meetings/[roomId]/page.js",
      "/page": "app/page.js",
      "/_not-found/page": "app/_not-found/page.js",
      "/_global-error/page": "app/_global-error/page.js",
      "/api/health/route": "app/api/health/route.js",
    }),
  );
  for (const chunk of ["main", "layout", "form", "forbidden"])
    write(`static/chunks/${chunk}.js`, chunk.repeat(50));
  manifest("/(dashboard)/schedule", {
    "[project]/app/layout": ["static/chunks/main.js", "static/chunks/layout.js"],
    "[project]/app/forbidden": ["static/chunks/forbidden.js"],
    "[project]/app/(dashboard)/schedule/page": ["static/chunks/layout.js", "static/chunks/form.js"],
  });
  manifest("", {
    "[project]/app/layout": ["static/chunks/layout.js"],
    "[project]/app/page": ["static/chunks/form.js"],
  });
});

afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("first-load JS", () => {
  it("names pages by their URL, route groups left out", () => {
    expect(pageName("/(dashboard)/meetings/[roomId]")).toBe("/meetings/[roomId]");
    expect(pageName("/(auth)/login")).toBe("/login");
    expect(pageName("")).toBe("/");
  });

  it("lists the build's pages, not its route handlers or Next's own pages", () => {
    expect(appPages(dist)).toEqual([
      { key: "", name: "/" },
      { key: "/(dashboard)/meetings/[roomId]", name: "/meetings/[roomId]" },
      { key: "/(dashboard)/schedule", name: "/schedule" },
    ]);
  });

  it("counts the root main files, the layouts and the page once each, not the boundaries shown later", () => {
    expect(firstLoadChunks("/(dashboard)/schedule", dist).sort()).toEqual([
      "static/chunks/form.js",
      "static/chunks/layout.js",
      "static/chunks/main.js",
    ]);
    expect(firstLoadChunks("", dist).sort()).toEqual([
      "static/chunks/form.js",
      "static/chunks/layout.js",
      "static/chunks/main.js",
    ]);
  });

  it("sums the chunks' raw and gzipped sizes", () => {
    const sizes = ["main", "layout", "form"].map((chunk) => chunk.repeat(50));
    expect(firstLoadJs("/(dashboard)/schedule", dist)).toEqual({
      chunks: 3,
      rawBytes: sizes.reduce((n, s) => n + s.length, 0),
      gzipBytes: sizes.reduce((n, s) => n + gzipSync(s, { level: 9 }).length, 0),
    });
  });
});
