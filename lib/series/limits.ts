import { ROOM_LIMITS } from "@/lib/trtc/limits";

/** "-YYYYMMDD", the date of each occurrence appended to the series' Room ID base. */
export const ROOM_ID_DATE_SUFFIX_BYTES = 9;

/**
 * What a series may be, stated on the form and enforced by the shared schema. 50 rooms keep a series one job
 * of a few seconds at the shared rate limit; a year is as far ahead as anyone plans a recurring meeting.
 */
export const SERIES_LIMITS = {
  maxOccurrences: 50,
  /** The end date is at most this many years after the first day. */
  maxYearsAhead: 1,
  maxInterval: 12,
  /** Every occurrence's Room ID is the base plus its date, and Tencent allows 48 bytes. */
  roomIdBaseMaxBytes: ROOM_LIMITS.roomIdMaxBytes - ROOM_ID_DATE_SUFFIX_BYTES,
} as const;
