import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dark mode is the palette (app/palette.css): each colour is light-dark(Tailwind's value, its dark
 * value). A colour family a component uses but the palette leaves out would stay light on a dark page.
 */
const palette = readFileSync("app/palette.css", "utf8");
const tailwind = readFileSync("node_modules/tailwindcss/theme.css", "utf8");
const defined = new Map(
  [...palette.matchAll(/--color-([a-z]+(?:-\d+)?): light-dark\(([^,]+), ([^;]+)\);/g)].map((m) => [
    m[1]!,
    { light: m[2]!, dark: m[3]!.replace(/\)$/, "") },
  ]),
);
const tailwindValue = (name: string) => tailwind.match(new RegExp(`--color-${name}: ([^;]+);`))?.[1];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name) && !name.includes(".test.")) out.push(path);
  }
  return out;
}

const UTILITY =
  /\b(?:bg|text|border|ring|ring-offset|divide|outline|accent|fill|stroke|placeholder|decoration|caret|from|via|to)-([a-z]+)-(\d{2,3})\b/g;
const usedColours = new Set(
  ["app", "components"].flatMap((dir) =>
    sources(dir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(UTILITY)].map((m) => `${m[1]}-${m[2]}`),
    ),
  ),
);

describe("the dark palette", () => {
  it("covers every colour the components use, and white", () => {
    const missing = [...usedColours, "white"].filter((c) => tailwindValue(c) && !defined.has(c));
    expect(missing).toEqual([]);
  });

  it("keeps Tailwind's own value for light, and changes it for dark", () => {
    for (const [name, { light, dark }] of defined) {
      expect(light, name).toBe(tailwindValue(name));
      if (!/-500$/.test(name)) expect(dark, name).not.toBe(light);
    }
  });

  it("darkens the page and the cards, and lightens the text on them", () => {
    const lightness = (value: string) =>
      value === "#fff" ? 100 : Number(value.match(/oklch\(([\d.]+)%/)?.[1]);
    for (const surface of ["white", "slate-50", "slate-100"])
      expect(lightness(defined.get(surface)!.dark), surface).toBeLessThan(30);
    for (const ink of ["slate-500", "slate-600", "slate-700", "slate-900"])
      expect(lightness(defined.get(ink)!.dark), ink).toBeGreaterThan(65);
  });
});
