import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layer boundaries are held by the linter (eslint.config.mjs, docs/architecture.md "Layers"). Each
 * fixture crosses one of them and is linted as if it lived where its first line says; each must fail on
 * no-restricted-imports. The allowed-* fixtures cross none and must pass.
 */
const DIR = path.join(import.meta.dirname, "boundary-fixtures");
const fixtures = fs
  .readdirSync(DIR)
  .filter((f) => /\.tsx?$/.test(f))
  .map((name) => {
    const code = fs.readFileSync(path.join(DIR, name), "utf8");
    const as = /^\/\/ as: (\S+)/.exec(code)?.[1];
    if (!as) throw new Error(`${name} must start with "// as: <path>"`);
    return { name, as, code, allowed: name.startsWith("allowed-") };
  });

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restrictedImports(as: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(as) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the linter holds the layer boundaries", () => {
  it("has a fixture for each boundary and an allowed one for each layer", () => {
    const layer = (as: string) =>
      as
        .split("/")
        .slice(0, as.startsWith("lib/") ? 2 : 1)
        .join("/");
    const crossing = fixtures.filter((f) => !f.allowed).map((f) => layer(f.as));
    expect(new Set(crossing)).toEqual(new Set(["components", "lib/schemas", "lib/server", "lib/sandbox"]));
    expect(fixtures.filter((f) => f.allowed)).toHaveLength(3);
  });

  it.each(fixtures.filter((f) => !f.allowed))(
    "$name fails as $as",
    { timeout: 60_000 },
    async ({ as, code }) => {
      expect(await restrictedImports(as, code)).not.toEqual([]);
    },
  );

  it.each(fixtures.filter((f) => f.allowed))(
    "$name passes as $as",
    { timeout: 60_000 },
    async ({ as, code }) => {
      expect(await restrictedImports(as, code)).toEqual([]);
    },
  );
});
