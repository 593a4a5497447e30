import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { getJson } from "./http";
import type {
  IntentProgress,
  LiveRoom,
  MeetingDetail,
  MeetingFilters,
  MeetingPage,
} from "@/lib/meetings/types";

export const meetingKeys = {
  all: ["meetings"] as const,
  lists: () => [...meetingKeys.all, "list"] as const,
  list: (f: MeetingFilters) => [...meetingKeys.lists(), f] as const,
  detail: (roomId: string) => [...meetingKeys.all, "detail", roomId] as const,
  live: (roomId: string) => [...meetingKeys.all, "live", roomId] as const,
  intent: (intentId: string) => [...meetingKeys.all, "intent", intentId] as const,
};

export function meetingsListOptions(f: MeetingFilters) {
  return infiniteQueryOptions({
    queryKey: meetingKeys.list(f),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ tab: f.tab, q: f.q, from: f.from, to: f.to, tz: f.tz });
      if (pageParam) params.set("cursor", pageParam);
      return getJson<MeetingPage>(`/api/meetings?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export const meetingDetailOptions = (roomId: string) =>
  queryOptions({
    queryKey: meetingKeys.detail(roomId),
    queryFn: () => getJson<MeetingDetail>(`/api/meetings/${encodeURIComponent(roomId)}`),
  });

/** Every fetch is a get_room_info call and an audit row, so it is never refetched on focus. */
export const meetingLiveOptions = (roomId: string) =>
  queryOptions({
    queryKey: meetingKeys.live(roomId),
    queryFn: () => getJson<LiveRoom>(`/api/meetings/${encodeURIComponent(roomId)}/live`),
    refetchOnWindowFocus: false,
    staleTime: 60_000,
    retry: false,
  });

/** A scheduling Tencent did not confirm: polled while the tab is visible until Roomdesk knows the answer. */
export const intentProgressOptions = (intentId: string) =>
  queryOptions({
    queryKey: meetingKeys.intent(intentId),
    queryFn: () => getJson<IntentProgress>(`/api/schedule/intents/${encodeURIComponent(intentId)}`),
    refetchInterval: (query) => (query.state.data?.settled ? false : 3000),
    staleTime: 0,
  });
