import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newestSourceMs } from "@/scripts/lib/builds";
import { commonAncestor } from "@/scripts/lib/page-floor";

let root: string;

function touch(file: string, atSeconds: number) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "");
  fs.utimesSync(full, atSeconds, atSeconds);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "build-sources-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("a build's sources", () => {
  it("are as new as the newest file under them, tests aside", () => {
    touch("app/page.tsx", 1_000);
    touch("components/schedule/form.tsx", 3_000);
    touch("components/schedule/form.test.ts", 9_000);
    touch("next.config.mjs", 2_000);
    touch("docs/notes.md", 8_000);
    expect(newestSourceMs(root, ["app", "components", "next.config.mjs", "proxy.ts"])).toBe(3_000_000);
  });

  it("are never newer than nothing", () => {
    expect(newestSourceMs(root, ["app"])).toBe(0);
  });
});

describe("the floor app's Turbopack root", () => {
  it("is the deepest folder holding the app and the real node_modules", () => {
    expect(commonAncestor("/tmp/floor-1", "/work/app/node_modules")).toBe("/");
    expect(commonAncestor("/work/a/floor", "/work/app/node_modules")).toBe("/work");
    expect(commonAncestor("/work/app/x", "/work/app/node_modules")).toBe("/work/app");
  });
});
