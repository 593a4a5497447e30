import type { ScheduledMeeting } from "@/lib/meetings/types";

/** The one result shape every server action returns (plain data: the browser reads it). */
export interface ActionFailure {
  ok: false;
  /** Dotted form paths (`schedule.time`, `invitees.3`) to messages. */
  fieldErrors?: Record<string, string[]>;
  error?: {
    /** Stable machine code, e.g. `trtc:100003`, `trtc:timeout`, `invalid-input`. */
    code: string;
    message: string;
    /** Tencent's RequestId when Tencent answered; quote it in a ticket. */
    requestId: string | null;
  };
}

/** The code of an action refused because the browser's session ran out: sign in again, then send again. */
export const SESSION_ENDED_CODE = "session-expired";

export const isSessionEnded = (result: unknown): boolean =>
  typeof result === "object" &&
  result !== null &&
  (result as ActionFailure).ok === false &&
  (result as ActionFailure).error?.code === SESSION_ENDED_CODE;

export type ActionResult<T extends object> = ({ ok: true } & T) | ActionFailure;

/** Tencent did not confirm: the form says so and watches the intent until the reconciler settles it. */
export type UnconfirmedFailure = ActionFailure & { unconfirmed: { intentId: string; roomId: string } };

export type ScheduleMeetingResult = ActionResult<ScheduledMeeting> | UnconfirmedFailure;
