import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { BannedView, MemberPage, SeatView } from "@/lib/people/types";
import { HttpError } from "./http";

/** Like getJson, but a refused read carries Tencent's sentence and RequestId from the route's body. */
async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as { error?: string; requestId?: string | null } | null;
  if (body?.error)
    throw new Error(body.requestId ? `${body.error} (RequestId ${body.requestId})` : body.error);
  throw new HttpError(res.status, res.statusText, url);
}

/**
 * The People and Seats tabs' reads, refreshed every few seconds. TanStack Query stops the interval while
 * the browser tab is hidden (refetchIntervalInBackground is false), so a forgotten tab costs Tencent nothing.
 */
export const PEOPLE_REFRESH_MS = 3000;

export const peopleKeys = {
  all: (roomId: string) => ["people", roomId] as const,
  members: (roomId: string) => [...peopleKeys.all(roomId), "members"] as const,
  banned: (roomId: string) => [...peopleKeys.all(roomId), "banned"] as const,
  seats: (roomId: string) => [...peopleKeys.all(roomId), "seats"] as const,
};

const base = (roomId: string) => `/api/meetings/${encodeURIComponent(roomId)}`;

/** Pages through Tencent's `Next`; a refresh re-reads every page loaded so far. */
export const membersOptions = (roomId: string) =>
  infiniteQueryOptions({
    queryKey: peopleKeys.members(roomId),
    queryFn: ({ pageParam }) =>
      getJson<MemberPage>(`${base(roomId)}/people?${new URLSearchParams({ next: pageParam })}`),
    initialPageParam: "",
    getNextPageParam: (last) => (last.next === "" ? undefined : last.next),
    refetchInterval: PEOPLE_REFRESH_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });

export const bannedOptions = (roomId: string) =>
  queryOptions({
    queryKey: peopleKeys.banned(roomId),
    queryFn: () => getJson<BannedView[]>(`${base(roomId)}/banned`),
    refetchInterval: PEOPLE_REFRESH_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });

export const seatsOptions = (roomId: string) =>
  queryOptions({
    queryKey: peopleKeys.seats(roomId),
    queryFn: () => getJson<SeatView[]>(`${base(roomId)}/seats`),
    refetchInterval: PEOPLE_REFRESH_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });
