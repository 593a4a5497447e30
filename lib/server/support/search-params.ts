import "server-only";
import { filtersFromParams, type SupportFilters } from "@/lib/support/filters";
import { parseQuery, type InvalidQuery, type ParsedQuery } from "@/lib/support/parse-query";
import type { Outcome } from "@/lib/support/types";
import { decodeCursor, type AuditCursor } from "./cursor";

export type SearchMatch = Exclude<ParsedQuery, { kind: "invalid" }>;

export interface AuditSearch {
  match: SearchMatch;
  action: { exact: string } | { family: string } | null;
  outcome: Outcome | null;
  errorCode: number | null;
  actorId: string | null;
  /** Inclusive lower bound, ISO UTC. */
  fromIso: string | null;
  /** Exclusive upper bound, ISO UTC. */
  toIso: string | null;
  /** Whether auth.* rows (sign-ins and refusals, the bulk of the trail) are listed without being asked for by action. */
  includeAuth: boolean;
}

export type SearchRequest =
  | { ok: true; filters: SupportFilters; search: AuditSearch; cursor: AuditCursor | null; limit: number }
  | { ok: false; filters: SupportFilters; refusal: InvalidQuery };

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
function nextDayStart(day: string): string {
  const d = new Date(dayStart(day));
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** Days in the URL are UTC days, so a link pasted in a ticket means the same rows in every zone. */
export function toSearch(f: SupportFilters): AuditSearch | { invalid: InvalidQuery } {
  const match = parseQuery(f.q);
  if (match.kind === "invalid") return { invalid: match };
  const family = f.action.endsWith(".*") ? f.action.slice(0, -1) : null;
  return {
    match,
    action: f.action ? (family ? { family } : { exact: f.action }) : null,
    outcome: f.outcome || null,
    errorCode: f.code ? Number(f.code) : null,
    actorId: f.actor || null,
    fromIso: f.from ? dayStart(f.from) : null,
    toIso: f.to ? nextDayStart(f.to) : null,
    includeAuth: f.auth === "include",
  };
}

export function parseSearchRequest(params: URLSearchParams): SearchRequest {
  const filters = filtersFromParams(params);
  const search = toSearch(filters);
  if ("invalid" in search) return { ok: false, filters, refusal: search.invalid };
  const rawCursor = params.get("cursor");
  const limit = Number(params.get("limit") ?? 50);
  return {
    ok: true,
    filters,
    search,
    cursor: rawCursor ? decodeCursor(rawCursor.slice(0, 200)) : null,
    limit: Number.isInteger(limit) ? Math.min(Math.max(limit, 1), 200) : 50,
  };
}
