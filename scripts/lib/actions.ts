// Calls a built app's server actions by hand, as a browser would: POST to a page that uses the action,
// with its `Next-Action` id, the arguments as a JSON array, and React's flight response parsed back.
import fs from "node:fs";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

export interface BuiltAction {
  id: string;
  filename: string;
  exportedName: string;
  /** Route of a page whose bundle holds the action, e.g. `/schedule`. */
  pagePath: string;
}

/** Every server action in the build, from Next's server reference manifest. */
export function builtActions(dir = ".next"): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(`${dir}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const pagePath = `/${worker
      .replace(/^app\//, "")
      .replace(/\/page$/, "")
      .replace(/\([^)]*\)\/?/g, "")
      .replace(/\/$/, "")}`;
    return {
      id,
      filename: entry.filename,
      exportedName: entry.exportedName,
      pagePath: pagePath === "/page" ? "/" : pagePath,
    };
  });
}

export function findAction(name: string, dir = ".next"): BuiltAction {
  const action = builtActions(dir).find((a) => a.exportedName === name);
  if (!action) throw new Error(`server action ${name} is not in the build; run npx next build`);
  return action;
}

export function actionRequest(baseUrl: string, action: BuiltAction, args: unknown[], cookie = "") {
  return {
    url: `${baseUrl}${action.pagePath}`,
    init: {
      method: "POST",
      headers: {
        "next-action": action.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: baseUrl,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(args),
    },
  };
}

/**
 * The action's return value from a flight response (the row that is not the `0:` header). A thrown
 * error arrives as an `E` row and comes back as `{ thrown: <digest> }`.
 */
export function parseActionResult(text: string): unknown {
  for (const line of text.split("\n")) {
    const m = /^1:(E?)(.*)$/.exec(line);
    if (!m) continue;
    const value = JSON.parse(m[2]!) as unknown;
    return m[1] ? { thrown: (value as { digest?: string }).digest ?? "error" } : value;
  }
  return undefined;
}
