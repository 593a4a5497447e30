import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Calls that count as "the guard": requireRole, and the named guard of the few public actions. */
const GUARDS = new Set(["requireRole", "allowAnonymous"]);
/** The action wrapper (lib/actions/safe-action.ts): an export built with it is guarded by construction. */
const WRAPPER = "serverAction";

function findUseServerFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return findUseServerFiles(full);
    if (!/\.tsx?$/.test(e.name) || e.name.endsWith(".test.ts")) return [];
    return /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}

/** The callee name of the first `await` in the function body, in source order. */
function firstAwaitedCall(body: ts.Node): string | null {
  let found: string | null | undefined;
  const visit = (node: ts.Node) => {
    if (found !== undefined) return;
    if (ts.isFunctionLike(node) && node !== body.parent) return; // nested functions run later, if at all
    if (ts.isAwaitExpression(node)) {
      const e = node.expression;
      found = ts.isCallExpression(e) ? e.expression.getText() : null;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found ?? null;
}

/** `export const xAction = serverAction(…)`: the one exported shape besides a plain async function. */
function isWrapped(s: ts.Statement): boolean {
  if (!ts.isVariableStatement(s)) return false;
  return s.declarationList.declarations.every(
    (d) =>
      !!d.initializer && ts.isCallExpression(d.initializer) && d.initializer.expression.getText() === WRAPPER,
  );
}

function functionBody(source: ts.SourceFile, name: string): ts.Node | null {
  let found: ts.Node | null = null;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isFunctionDeclaration(node) && node.name?.text === name && node.body) found = node.body;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the action wrapper guards before anything else", () => {
  const file = "lib/actions/safe-action.ts";
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

  it("the action serverAction returns awaits authorize first", () => {
    const wrapper = functionBody(source, WRAPPER);
    let action: ts.Node | null = null;
    const visit = (node: ts.Node) => {
      if (action) return;
      if (ts.isFunctionExpression(node) && node.name?.text === "action") action = node.body;
      ts.forEachChild(node, visit);
    };
    if (wrapper) visit(wrapper);
    expect(action && firstAwaitedCall(action)).toBe("authorize");
  });

  it("authorize starts with requireRole or allowAnonymous on every path", () => {
    const body = functionBody(source, "authorize");
    const calls: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) calls.push(node.expression.getText());
      ts.forEachChild(node, visit);
    };
    if (body) visit(body);
    expect(calls.filter((c) => GUARDS.has(c)).sort()).toEqual(["allowAnonymous", "requireRole"]);
    expect(calls.filter((c) => !GUARDS.has(c) && !c.endsWith(".then"))).toEqual([]);
  });
});

describe('every exported "use server" function starts with a guard', () => {
  const files = findUseServerFiles("lib/actions");

  it("finds the action files", () => expect(files.length).toBeGreaterThan(5));

  for (const file of files) {
    it(file, () => {
      const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const exported = source.statements.filter(
        (s): s is ts.FunctionDeclaration =>
          ts.isFunctionDeclaration(s) && !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
      );
      // "use server" files may export only async functions; anything else would escape this check.
      const wrapped = source.statements.filter(isWrapped);
      const otherExports = source.statements.filter(
        (s) =>
          !ts.isFunctionDeclaration(s) &&
          !isWrapped(s) &&
          !ts.isImportDeclaration(s) &&
          !ts.isExpressionStatement(s) &&
          !ts.isTypeAliasDeclaration(s) &&
          !ts.isInterfaceDeclaration(s) &&
          ((ts.canHaveModifiers(s) &&
            ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ||
            // `export default …` and `export { x }` would also escape the check.
            ts.isExportAssignment(s) ||
            (ts.isExportDeclaration(s) && !s.isTypeOnly)),
      );
      expect(otherExports.map((s) => s.getText().slice(0, 60))).toEqual([]);
      expect(exported.length + wrapped.length).toBeGreaterThan(0);
      for (const fn of exported) {
        const first = fn.body ? firstAwaitedCall(fn.body) : null;
        expect(GUARDS.has(first ?? ""), `${fn.name?.text}: first await is ${first}`).toBe(true);
      }
    });
  }
});

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function findRouteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return findRouteFiles(full);
    return /^route\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("every route handler starts with a guard", () => {
  const files = findRouteFiles("app");

  it("finds the route handlers", () => expect(files.length).toBeGreaterThan(3));

  for (const file of files) {
    it(file, () => {
      const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const handlers = source.statements.filter(
        (s): s is ts.FunctionDeclaration =>
          ts.isFunctionDeclaration(s) &&
          !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
          HTTP_METHODS.has(s.name?.text ?? ""),
      );
      const reexported = source.statements.filter((s) => ts.isExportDeclaration(s) && !s.isTypeOnly);
      expect(reexported.map((s) => s.getText())).toEqual([]);
      expect(handlers.length).toBeGreaterThan(0);
      for (const fn of handlers) {
        const first = fn.body ? firstAwaitedCall(fn.body) : null;
        expect(GUARDS.has(first ?? ""), `${fn.name?.text}: first await is ${first}`).toBe(true);
      }
    });
  }
});
