import { queryOptions } from "@tanstack/react-query";
import type { RoomActivity, RoomEventView, UnscheduledRoom } from "@/lib/room-events/types";
import { getJson } from "./http";

/**
 * Tencent's events arrive by callback, so the meeting page re-reads them every few seconds while it is
 * visible (TanStack Query pauses the interval in a hidden tab).
 */
export const ROOM_EVENTS_REFRESH_MS = 3000;

export const roomEventKeys = {
  activity: (roomId: string) => ["room-events", "activity", roomId] as const,
  unscheduled: ["room-events", "unscheduled"] as const,
  search: (query: string) => ["room-events", "search", query] as const,
};

export const roomActivityOptions = (roomId: string) =>
  queryOptions({
    queryKey: roomEventKeys.activity(roomId),
    queryFn: () => getJson<RoomActivity>(`/api/meetings/${encodeURIComponent(roomId)}/activity`),
    refetchInterval: ROOM_EVENTS_REFRESH_MS,
    refetchIntervalInBackground: false,
  });

export const unscheduledRoomsOptions = () =>
  queryOptions({
    queryKey: roomEventKeys.unscheduled,
    queryFn: () => getJson<{ rooms: UnscheduledRoom[] }>("/api/room-events/unscheduled"),
    refetchInterval: ROOM_EVENTS_REFRESH_MS * 2,
    refetchIntervalInBackground: false,
  });

/** `query` is `room=…&account=…`, as the support console holds it in its URL. */
export const eventSearchOptions = (query: string) =>
  queryOptions({
    queryKey: roomEventKeys.search(query),
    queryFn: () => getJson<{ events: RoomEventView[] }>(`/api/room-events?${query}`),
    enabled: query !== "",
  });

export const attendanceCsvUrl = (roomId: string) => `/api/meetings/${encodeURIComponent(roomId)}/attendance`;
