import "server-only";
import type { HomeOverview } from "@/lib/meetings/home-overview";
import type { SupportCall } from "@/lib/support/types";
import { epochToWallTime } from "@/lib/time";
import type { Db } from "../db";
import { listMeetings } from "../meetings/list-meetings";
import { dayStart } from "../meetings/list-params";
import { searchPage } from "../support/search-page";
import type { AuditSearch } from "../support/search-params";

const LIST_SIZE = 25;
const FAILURES_SHOWN = 5;
const WEEK_SECONDS = 7 * 24 * 3600;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Calls with this outcome since `fromIso`: the support search's own query, so the list and the console
 * agree. "failed" is a refusal Tencent answered; "unknown" is a call Tencent never answered (or answered
 * unreadably), which may or may not have happened and so needs a look just as much.
 */
const callsSince = (outcome: "failed" | "unknown", fromIso: string): AuditSearch => ({
  match: { kind: "empty" },
  action: null,
  outcome,
  errorCode: null,
  actorId: null,
  fromIso,
  toIso: null,
  // As the console shows by default: failed sign-ins are not calls to Tencent and carry no RequestId.
  includeAuth: false,
});

const newestFirst = (a: SupportCall, b: SupportCall) =>
  a.occurredAt === b.occurredAt ? b.id - a.id : a.occurredAt < b.occurredAt ? 1 : -1;

/** The newest `FAILURES_SHOWN` of both outcomes: each is its own index range, read apart and merged. */
async function recentFailures(db: Db, fromIso: string): Promise<SupportCall[]> {
  const [failed, unknown] = await Promise.all(
    (["failed", "unknown"] as const).map((o) => searchPage(db, callsSince(o, fromIso), null, FAILURES_SHOWN)),
  );
  return [...failed!.items, ...unknown!.items].sort(newestFirst).slice(0, FAILURES_SHOWN);
}

/**
 * What an operator checks first: meetings live now, today's (ended ones included), the next 7 days after
 * today, and the calls that failed or went unanswered in the last 7 days. Days are the viewer's, in `timeZone`; every list is
 * the meetings list's own keyset query on its (status, start_time) index.
 */
export async function homeOverview(
  db: Db,
  { nowSeconds, timeZone }: { nowSeconds: number; timeZone: string },
): Promise<HomeOverview> {
  const today = epochToWallTime(nowSeconds, timeZone).date;
  const todayStart = dayStart(today, timeZone) ?? nowSeconds;
  const tomorrowStart = dayStart(addDays(today, 1), timeZone) ?? todayStart + 86_400;
  const weekEnd = dayStart(addDays(today, 8), timeZone) ?? tomorrowStart + WEEK_SECONDS;
  const list = (q: Omit<Parameters<typeof listMeetings>[1], "nowSeconds" | "limit">) =>
    listMeetings(db, { limit: LIST_SIZE, nowSeconds, ...q });

  const [live, laterToday, earlierToday, nextDays, failures] = await Promise.all([
    // Upcoming holds every meeting that has not ended; those started by now are the live ones.
    list({ tab: "upcoming", toTs: nowSeconds + 1 }),
    list({ tab: "upcoming", fromTs: todayStart, toTs: tomorrowStart }),
    list({ tab: "past", fromTs: todayStart }),
    list({ tab: "upcoming", fromTs: tomorrowStart, toTs: weekEnd }),
    recentFailures(db, new Date((nowSeconds - WEEK_SECONDS) * 1000).toISOString()),
  ]);
  return {
    timeZone,
    live: live.items,
    // Past is newest first; the day reads in start order.
    today: [...earlierToday.items].reverse().concat(laterToday.items),
    nextDays: nextDays.items,
    moreNextDays: nextDays.nextCursor !== null,
    failures,
  };
}
