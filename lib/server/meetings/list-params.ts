import "server-only";
import { z } from "zod";
import { MEETING_TABS } from "@/lib/meetings/types";
import { DATE_PATTERN, isValidTimeZone, parseDate, zonedWallTimeToEpoch } from "@/lib/time";
import type { ListMeetingsQuery } from "./list-meetings";

const isRealDate = (d: string) => parseDate(d) !== null;

const paramsSchema = z.object({
  tab: z.enum(MEETING_TABS).catch("upcoming"),
  q: z.string().max(200).catch(""),
  from: z.string().regex(DATE_PATTERN).refine(isRealDate).optional().catch(undefined),
  to: z.string().regex(DATE_PATTERN).refine(isRealDate).optional().catch(undefined),
  tz: z.string().max(64).refine(isValidTimeZone).catch("UTC"),
  cursor: z.string().max(500).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(100).catch(25),
});

/**
 * The first instant of a local day. Midnight does not exist on some DST days (Santiago, Havana), so the
 * first existing quarter hour is used; a repeated midnight takes its earlier instant.
 */
export function dayStart(date: string, timeZone: string): number | undefined {
  for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const r = zonedWallTimeToEpoch(date, time, timeZone);
    if (r.ok) return r.epochSeconds;
    if (r.reason === "ambiguous") return r.candidates?.[0];
    if (r.reason !== "nonexistent") return undefined;
  }
  return undefined;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The list route's query string; a bad value falls back to its default rather than failing the view. */
export function parseListParams(params: URLSearchParams, nowSeconds: number): ListMeetingsQuery {
  const p = paramsSchema.parse(Object.fromEntries(params));
  return {
    tab: p.tab,
    q: p.q,
    fromTs: p.from ? dayStart(p.from, p.tz) : undefined,
    toTs: p.to ? dayStart(nextDay(p.to), p.tz) : undefined,
    cursor: p.cursor ?? null,
    limit: p.limit,
    nowSeconds,
  };
}
