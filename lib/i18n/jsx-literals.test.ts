import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No words in JSX outside the catalog: text between tags, and the attributes a person reads or hears
 * (label, title, placeholder, aria-label, hint, …), must come from t(…). What is not a word passes: the
 * brand, punctuation and symbols, numbers, and code the UI shows as code (HTTP verbs, file names).
 */
const READ_ATTRIBUTES = new Set([
  "label",
  "title",
  "placeholder",
  "aria-label",
  "alt",
  "hint",
  "description",
  "listLabel",
  "copyLabel",
  "fallback",
  "lostAnswer",
]);
const NOT_WORDS = /\b(Roomdesk|UTC|RequestId|ErrorCode|ErrorInfo|POST|GET|JSON)\b/g;
const hasWord = (text: string) => !/^\s*[{[]"/.test(text) && /\p{L}{2,}/u.test(text.replace(NOT_WORDS, "")); // JSON samples are code
/** Text inside these is code the UI quotes, not words. */
const CODE_TAGS = new Set(["code", "pre", "kbd"]);
const inCode = (node: ts.Node) =>
  ts.isJsxElement(node.parent) && CODE_TAGS.has(node.parent.openingElement.tagName.getText());

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (name.endsWith(".tsx") && !name.endsWith(".test.tsx")) out.push(path);
  }
  return out;
}

function literalsIn(path: string, text = readFileSync(path, "utf8")): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWord(node.text) && !inCode(node))
      found.push(`${at(node)}: ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const text =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : init && ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression)
              ? init.expression.head.text
              : null;
      if (text !== null && hasWord(text)) found.push(`${at(node)}: ${node.name.getText()}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("JSX", () => {
  const repo = join(import.meta.dirname, "..", "..");
  const all = ["app", "components"].flatMap((d) => files(join(repo, d)));

  it.each(all.map((path) => relative(repo, path)))("%s has no literal words", (path) => {
    expect(literalsIn(join(repo, path))).toEqual([]);
  });

  it("is caught when it has them, and t(…) or code is not", () => {
    const probe = `export const A = () => (
      <p title="Copy the ID" aria-label={t("x.y")}>
        Hello there <code>v4/room_engine_http_srv/create_room</code> {t("a.b")} · Roomdesk
      </p>
    );`;
    expect(literalsIn("probe.tsx", probe)).toEqual(['2: title="Copy the ID"', "3: Hello there"]);
  });
});
