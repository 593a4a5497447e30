import type { ActionFailure, ActionResult } from "../result";

/** A room of the series Tencent (or Roomdesk) refused to change, with the reason in words. */
export interface FailedRoom {
  roomId: string;
  reason: string;
  requestId: string | null;
}

/** A series edit: done for every room, or refused by some rooms, each named (the rest are changed). */
export type SeriesEditResult = ActionResult<{ message: string }> | (ActionFailure & { rooms: FailedRoom[] });
