import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every lib/server module starts by importing "server-only", so a browser bundle that reaches one fails the build. */
const modules = (fs.readdirSync("lib/server", { recursive: true, encoding: "utf8" }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.ts$/.test(f))
  .map((f) => path.join("lib/server", f));

describe('import "server-only"', () => {
  it("is the first statement of every lib/server module", () => {
    expect(modules.length).toBeGreaterThan(50);
    const without = modules.filter((f) => !fs.readFileSync(f, "utf8").startsWith('import "server-only";\n'));
    expect(without).toEqual([]);
  });
});
