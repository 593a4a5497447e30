import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import { LOCALES } from "./locales";

/**
 * Every locale has every namespace file of English, key for key, with the same ICU arguments; and every
 * key is used somewhere. Reads the namespace folders themselves, so a namespace added later is checked too.
 */
const ROOT = join(import.meta.dirname, "messages");
const FOLDERS = { en: "en", ja: "ja", "zh-Hans": "zh" } as const;
const namespaces = readdirSync(join(ROOT, "en"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5));
/** A namespace file's messages by dotted key: nested groups ("error": { … }) flattened to "error.…". */
function read(folder: string, ns: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") out[prefix + key] = value;
      else walk(value as Record<string, unknown>, `${prefix}${key}.`);
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, folder, `${ns}.json`), "utf8")), "");
  return out;
}

/**
 * The argument names of an ICU message ("{count, plural, …}" → count), rich tags included, read by the
 * ICU parser, so the words inside plural and select branches are text, not arguments.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (isTagElement(node)) {
        names.add(`<${node.value}>`);
        walk(node.children);
      } else if (isLiteralElement(node) || isPoundElement(node)) continue;
      else {
        names.add(node.value);
        if (isPluralElement(node) || isSelectElement(node))
          for (const option of Object.values(node.options)) walk(option.value);
      }
    }
  };
  // An unquoted "<id>" cannot be read as a tag; the test below fails on it, this one still names the arguments.
  let elements: MessageFormatElement[];
  try {
    elements = parse(message);
  } catch {
    elements = parse(message, { ignoreTag: true });
  }
  walk(elements);
  return [...names].sort();
}

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalog", (locale) => {
  it.each(namespaces)("has %s with exactly English's keys and arguments", (ns) => {
    const en = read("en", ns);
    const other = read(FOLDERS[locale], ns);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect({ key, args: argumentsOf(other[key] ?? "") }).toEqual({ key, args: argumentsOf(en[key]!) });
    }
  });

  it("is what the app loads, namespace for namespace", () => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual([...namespaces].sort());
  });

  it("is really translated, not English left in place", () => {
    const same = namespaces.flatMap((ns) => {
      const en = read("en", ns);
      const other = read(FOLDERS[locale], ns);
      // Names and codes read the same in every language: "RequestId", "UTC", "ErrorCode".
      return Object.keys(en).filter((k) => other[k] === en[k] && /[a-z]{3,} [a-z]{3,}/.test(en[k]!));
    });
    expect(same).toEqual([]);
  });
});

describe.each(LOCALES)("every %s message", (locale) => {
  // use-intl shows the key instead of an unreadable message, so "room:<id>" must be quoted: "room:'<id>'".
  it.each(namespaces)("of %s is valid ICU, any literal < quoted", (ns) => {
    const unreadable = Object.entries(read(FOLDERS[locale], ns)).filter(([, message]) => {
      try {
        parse(message);
        return false;
      } catch {
        return true;
      }
    });
    expect(unreadable).toEqual([]);
  });
});

/** All source the app is built from, to find where each key is used. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(readFileSync(path, "utf8"));
  }
  return out;
}

describe("every key", () => {
  const repo = join(import.meta.dirname, "..", "..");
  const files = ["app", "components", "lib", "scripts"].flatMap((d) => sources(join(repo, d)));

  // Used as "ns.key" (t("ns.key"), a table of keys), or as "key" in a file naming the namespace
  // (getTranslations("ns"), or a module that builds `ns.${key}` from its own literals).
  const used = (ns: string, key: string) =>
    files.some(
      (text) =>
        text.includes(`"${ns}.${key}"`) ||
        text.includes(`\`${ns}.${key}\``) ||
        // A group of keys chosen at run time: t(`people.done.${verb}`) for every key of "done".
        (key.includes(".") && text.includes(`\`${ns}.${key.slice(0, key.lastIndexOf("."))}.\${`)) ||
        (text.includes(`"${ns}"`) && text.includes(`"${key}"`)),
    );

  it.each(namespaces)("of %s is used by the app", (ns) => {
    expect(Object.keys(read("en", ns)).filter((key) => !used(ns, key))).toEqual([]);
  });
});
