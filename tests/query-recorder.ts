import type { KyselyPlugin, RootOperationNode } from "kysely";
import type { Db } from "@/lib/server/db";

/** The tables one query names anywhere in its tree: FROM, joins, subqueries. */
function tablesOf(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const n of node) tablesOf(n, into);
  else if (node && typeof node === "object") {
    const n = node as { kind?: string; table?: { identifier?: { name?: string } } };
    if (n.kind === "TableNode" && n.table?.identifier?.name) into.add(n.table.identifier.name);
    for (const value of Object.values(node)) tablesOf(value, into);
  }
  return into;
}

/**
 * The same database with every query recorded as the tables it reads or writes, in the order they ran:
 * for tests that a service stays away from a table (or keeps to a number of queries).
 */
export function recordingQueries(db: Db): { db: Db; queries: string[][] } {
  const queries: string[][] = [];
  const plugin: KyselyPlugin = {
    transformQuery({ node }): RootOperationNode {
      queries.push([...tablesOf(node, new Set())].sort());
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: { ...db, kysely: db.kysely.withPlugin(plugin) }, queries };
}
