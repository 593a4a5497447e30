import fs from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";
import { appUrl, E2E } from "./env";

export type Need = "public" | "support" | "admin";

/** Every page and route handler in the build, with the role it needs. A build route missing here fails the matrix. */
export const ROUTE_ROLES: Record<string, Need> = {
  "/": "support",
  "/login": "public",
  "/setup": "public",
  "/meetings": "support",
  "/meetings/[roomId]": "support",
  "/meetings/[roomId]/edit": "admin",
  "/meetings/series/[seriesId]": "support",
  "/schedule": "admin",
  "/bulk": "admin",
  "/bulk/jobs/[jobId]": "admin",
  "/support": "support",
  "/support/[id]": "support",
  "/support/events/[id]": "support",
  "/callbacks": "admin",
  "/users": "admin",
  "/accounts": "admin",
  "/api/accounts": "admin",
  "/api/bulk/dry-run": "admin",
  "/api/bulk/template.csv": "admin",
  "/api/bulk/jobs": "admin",
  "/api/bulk/jobs/[jobId]": "admin",
  "/api/bulk/jobs/[jobId]/results.csv": "admin",
  "/api/health": "public",
  "/api/meetings": "support",
  "/api/meetings/[roomId]": "support",
  "/api/meetings/[roomId]/ics": "support",
  "/api/meetings/[roomId]/live": "support",
  "/api/meetings/[roomId]/people": "support",
  "/api/meetings/[roomId]/banned": "support",
  "/api/meetings/[roomId]/seats": "support",
  "/api/meetings/[roomId]/activity": "support",
  "/api/meetings/[roomId]/attendance": "support",
  "/api/series/[seriesId]": "support",
  "/api/series/[seriesId]/ics": "support",
  "/api/room-events": "support",
  "/api/room-events/unscheduled": "support",
  // Tencent's callbacks: no session; refused by the receiver's own checks (GET: 405).
  "/api/trtc/callback": "public",
  "/api/schedule/intents/[intentId]": "admin",
  "/api/support/calls/[id]": "support",
  "/api/support/export": "support",
  "/api/support/search": "support",
};

/** Every server action, the role it needs and an input that passes the guard without changing anything. */
export const ACTION_ROLES: Record<string, { need: Need; args: unknown[] }> = {
  signInAction: { need: "public", args: [{ email: "matrix@nowhere.example", password: "not-a-password" }] },
  signInHereAction: {
    need: "public",
    args: [{ email: "matrix@nowhere.example", password: "not-a-password" }],
  },
  createFirstAdminAction: {
    need: "public",
    args: [{ name: "Intruder", email: "intruder@e2e.example", password: "intruder passphrase 1" }],
  },
  signOutAction: { need: "public", args: [] },
  scheduleMeetingAction: { need: "admin", args: [{}] },
  updateMeetingAction: { need: "admin", args: [{ roomId: "e2e-no-such-room", changes: {} }] },
  rescheduleMeetingAction: { need: "admin", args: [{ roomId: "e2e-no-such-room" }] },
  cancelMeetingAction: { need: "admin", args: [{}] },
  importMeetingAction: { need: "admin", args: [{}] },
  createUserAction: { need: "admin", args: [{}] },
  setUserRoleAction: { need: "admin", args: [{ userId: "no-such-user", role: "support" }] },
  setUserDisabledAction: { need: "admin", args: [{ userId: "no-such-user", disabled: true }] },
  resetUserPasswordAction: {
    need: "admin",
    args: [{ userId: "no-such-user", password: "irrelevant passphrase" }],
  },
  revokeUserSessionsAction: { need: "admin", args: [{ userId: "no-such-user" }] },
  // Empty inputs: the schema refuses them after the guard, so nothing reaches Tencent.
  removeMembersAction: { need: "admin", args: [{}] },
  banMembersAction: { need: "admin", args: [{}] },
  unbanMembersAction: { need: "admin", args: [{}] },
  setMemberRoleAction: { need: "admin", args: [{}] },
  setNameCardAction: { need: "admin", args: [{}] },
  markMembersAction: { need: "admin", args: [{}] },
  changeOwnerAction: { need: "admin", args: [{}] },
  pickOnSeatAction: { need: "admin", args: [{}] },
  kickOffSeatAction: { need: "admin", args: [{}] },
  lockSeatAction: { need: "admin", args: [{}] },
  importAccountsAction: { need: "admin", args: [{}] },
  controlBulkJobAction: { need: "admin", args: [{}] },
  createSeriesAction: { need: "admin", args: [{}] },
  editSeriesAction: { need: "admin", args: [{}] },
  cancelOccurrencesAction: { need: "admin", args: [{}] },
  rescheduleOccurrenceAction: { need: "admin", args: [{}] },
  saveCallbackConfigAction: { need: "admin", args: [{}] },
  deleteCallbackConfigAction: { need: "admin", args: [{}] },
};

const SAMPLE_SEGMENT = "e2e-no-such-room";
const toPath = (key: string) =>
  key
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/(page|route)$/, "")
    .replace(/^$/, "/") || "/";

/** Pages and route handlers from the build's app-paths manifest (framework internals left out). */
export function builtRoutes(): { pattern: string; path: string }[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<
    string,
    string
  >;
  return Object.keys(manifest)
    .map(toPath)
    .filter((p) => !p.startsWith("/_"))
    .map((pattern) => ({ pattern, path: pattern.replace(/\[[^\]]+\]/g, SAMPLE_SEGMENT) }));
}

export interface BuiltAction {
  id: string;
  name: string;
  file: string;
  /** A page that loads the action, to POST it to. */
  path: string;
}

/** Server actions from the build's server-reference manifest: ids, export names and files. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const workers = Object.keys(a.workers).map((w) => toPath(w.replace(/^app/, "")));
    const path = (workers.find((w) => !w.includes("[")) ?? workers[0]!).replace(
      /\[[^\]]+\]/g,
      SAMPLE_SEGMENT,
    );
    return { id, name: a.exportedName, file: a.filename, path };
  });
}

/** POSTs a server action by hand, as a script would: the Next-Action header and the JSON-encoded arguments. */
export function postAction(
  request: APIRequestContext,
  action: BuiltAction,
  args: unknown[],
  headers: Record<string, string> = {},
  baseUrl = appUrl,
) {
  return request.post(`${baseUrl}${action.path}`, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseUrl,
      ...headers,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

/** The e2e database, read-only, for what the UI does not show (audit rows, stored hashes, session addresses). */
export function e2eDb() {
  const db = new BetterSqlite3(E2E.databaseFile, { readonly: true, fileMustExist: true });
  return {
    count(sql: string, ...params: unknown[]): number {
      return Number((db.prepare(sql).get(...params) as { n: number }).n);
    },
    get<T>(sql: string, ...params: unknown[]): T | undefined {
      return db.prepare(sql).get(...params) as T | undefined;
    },
    all<T>(sql: string, ...params: unknown[]): T[] {
      return db.prepare(sql).all(...params) as T[];
    },
    close: () => db.close(),
  };
}

export const refusals = (db: ReturnType<typeof e2eDb>) =>
  db.count("select count(*) as n from audit_log where action = 'auth.refused' and outcome = 'refused'");
