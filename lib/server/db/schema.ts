import "server-only";
import type { Generated } from "kysely";
import type { MeetingSettings } from "@/lib/meetings/types";

export type { MeetingSettings };

/** One row per upstream attempt and per security event. Append-only (triggers refuse UPDATE/DELETE). */
export interface AuditLogTable {
  id: Generated<number>;
  /** ISO-8601 UTC with milliseconds, ending in Z: sorts as text on both engines. */
  occurred_at: string;
  actor_id: string;
  actor_role: string;
  /** Dotted `noun.verb`, e.g. `room.create`, `room.verify`. */
  action: string;
  /** TRTC command (`create_room`), null for events that made no upstream call. */
  command: string | null;
  room_id: string | null;
  /** Groups the attempts made for one user intent (retries, verification). */
  intent_id: string | null;
  attempt: number | null;
  request_id: string | null;
  error_code: number | null;
  error_info: string | null;
  outcome: AuditOutcome;
  http_status: number | null;
  latency_ms: number | null;
  /** The `random` query parameter of the upstream request: what the receiving side recorded too. */
  call_random: number | null;
  /** When a pending attempt got its answer (or was found interrupted). */
  completed_at: string | null;
}

/**
 * ok / failed: Tencent answered. unknown: no answer we can trust. refused: held back, nothing sent.
 * pending: written before the request left, no answer yet. interrupted: pending, and the process that
 * sent it is gone, so the answer was never recorded.
 */
export type AuditOutcome = "ok" | "failed" | "unknown" | "refused" | "pending" | "interrupted";

/** Redacted bodies, kept apart so lookups over the summary rows stay narrow. */
export interface AuditPayloadTable {
  audit_id: number;
  request_body: string | null;
  /** Rows written in one go (events, refusals, older attempts); a completed attempt's is in audit_response. */
  response_body: string | null;
}

/** The redacted answer to a pending attempt, written when it completes. */
export interface AuditResponseTable {
  audit_id: number;
  response_body: string | null;
}

/**
 * pending: a worker holds it. unknown: the worker gave up without knowing whether the room exists; the
 * reconciler settles it. created / failed / conflict: settled (failed means Roomdesk knows no room exists).
 */
export type IntentStatus = "pending" | "unknown" | "created" | "failed" | "conflict";

export interface ScheduleIntentsTable {
  intent_id: string;
  room_id: string;
  actor_id: string;
  /** SHA-256 of the create_room body: a resent intent must carry the same meeting. */
  body_hash: string;
  status: IntentStatus;
  /** The final result as returned to the user, replayed for a resubmission. */
  outcome: string | null;
  created_at: string;
  updated_at: string;
  /** The instance working on it, and until when; an expired lease may be taken over. */
  lease_owner: string | null;
  lease_until: string | null;
  /** JSON `{ values, body }`: the validated form values and the exact create_room body. */
  request: string | null;
  /** Unix seconds of the meeting's start: past it, an absent room is not created any more. */
  start_time: number | null;
}

/** "live" and "ended" are derived from the clock at read time; only a cancel changes the stored status. */
export type MeetingStatus = "scheduled" | "cancelled";

export interface MeetingsTable {
  room_id: string;
  room_name: string;
  owner_account: string | null;
  /** Unix seconds, as sent to TRTC. */
  start_time: number;
  end_time: number;
  /** The IANA zone the meeting was planned in (TRTC keeps only seconds). */
  time_zone: string;
  /** JSON of MeetingSettings. */
  settings: string;
  status: MeetingStatus;
  source: "scheduled" | "imported";
  created_by: string;
  create_request_id: string | null;
  /** iCalendar SEQUENCE: raised on every change. */
  sequence: Generated<number>;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
  cancel_note: string | null;
  /** The iCalendar UID kept from the meeting this one was rescheduled from; null: the room's own. */
  calendar_uid: string | null;
}

export interface MeetingInviteesTable {
  room_id: string;
  user_id: string;
  position: number;
}

/**
 * Better Auth's tables (camelCase columns, as it names them). SQLite stores booleans as 0/1 and
 * dates as ISO text; Postgres returns booleans and Date objects. Read them through lib/server/auth.
 */
export interface AuthUserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  role: string | null;
  banned: boolean | number | null;
  banReason: string | null;
  banExpires: Date | string | null;
}

export interface AuthSessionTable {
  id: string;
  expiresAt: Date | string;
  token: string;
  createdAt: Date | string;
  updatedAt: Date | string;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  impersonatedBy: string | null;
}

export interface AuthAccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  password: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** One row per throttle key (`account:<email>`, `ip:<address or /64>`). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

/** Anonymous refusals per client address and window; see lib/server/audit/anonymous-refusals.ts. */
export interface RefusalCountsTable {
  /** ISO-8601 UTC start of the window. */
  window_start: string;
  /** The normalised client address, "unknown", or "*" for addresses past the per-window cap. */
  address: string;
  refusals: number;
  last_at: string;
  /** When the window's summary row was written (or found unnecessary); null while it is open. */
  summarised_at: string | null;
}

export interface AuthSetupTable {
  id: number;
  claimed_at: string;
}

/** Accounts Roomdesk imported into Tencent (migration 009). */
export interface TrtcAccountsTable {
  user_id: string;
  nick: string;
  imported_at: string;
  imported_by: string;
  /** RequestId of the import call that last carried this account. */
  request_id: string | null;
}

/** One event Tencent reported through a callback, stored once (migration 010). */
export interface RoomEventsTable {
  id: Generated<number>;
  received_at: string;
  /** Tencent's EventTime (ms). Postgres returns bigint as text: read through lib/server/callbacks. */
  event_time_ms: number | string;
  /** As sent, canonical for a known command's alias; `known` 0 for a command Roomdesk has no schema for. */
  command: string;
  known: number;
  room_id: string | null;
  operator_account: string;
  opt_platform: string | null;
  client_ip: string | null;
  /** SHA-256 of the command and the body as sent: a redelivery is recognised by it. */
  dedupe_key: string;
  /** The body as received (JSON). */
  body: string;
}

/** Which accounts an event is about (entered, left, seated). */
export interface RoomEventAccountsTable {
  event_id: number;
  account: string;
  room_id: string | null;
  event_time_ms: number | string;
}

/** `duplicate` per command, `refused` per reason, `stored` per command: counts, not the trail. */
export interface CallbackCountersTable {
  counter: "duplicate" | "refused" | "stored";
  key: string;
  count: number;
  last_at: string;
}

/** running → paused ⇄ running → finished; cancelled from running or paused (migration 013). */
export type BulkJobStatus = "running" | "paused" | "cancelled" | "finished";

export interface BulkJobsTable {
  job_id: string;
  status: BulkJobStatus;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  created_by: string;
  created_by_role: string;
  file_name: string;
  encoding: string;
  total_rows: number;
}

/**
 * queued: waiting. running: leased to `lease_owner` until `lease_until`; past it any instance may claim it.
 * The rest are where the row ended (see lib/bulk/job-types.ts).
 */
export type BulkRowStatus =
  "queued" | "running" | "scheduled" | "failed" | "conflict" | "unconfirmed" | "cancelled";

export interface BulkJobRowsTable {
  job_id: string;
  row_number: number;
  intent_id: string;
  room_id: string;
  room_name: string;
  status: BulkRowStatus;
  /** JSON of the row's ScheduleMeetingValues, as the start request's schema parsed them. */
  values_json: string;
  lease_owner: string | null;
  lease_until: string | null;
  attempts: Generated<number>;
  request_id: string | null;
  /** The outcome's kind (failed, conflict, start-passed, …); its words are chosen when it is shown. */
  error_kind: string | null;
  /** JSON of the row's ScheduleOutcome. */
  outcome: string | null;
  finished_at: string | null;
}

/**
 * creating: the new room's scheduling intent (same id) is not settled yet. destroying: the new room exists,
 * the old one is still to be destroyed. done / not-rescheduled: finished (not-rescheduled: the new room was
 * refused, so the old one stays).
 */
export type RescheduleStatus = "creating" | "destroying" | "done" | "not-rescheduled";

export interface ReschedulesTable {
  intent_id: string;
  old_room_id: string;
  new_room_id: string;
  actor_id: string;
  actor_role: string;
  status: RescheduleStatus;
  /** JSON of the RescheduleOutcome once finished. */
  outcome: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingSeriesTable {
  series_id: string;
  name: string;
  room_id_base: string;
  time_zone: string;
  /** JSON of the series' RepeatRule (lib/series/rule.ts). */
  rule_json: string;
  /** The RRULE value the calendar file carries, e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=10". */
  rrule: string;
  start_date: string;
  start_time: string;
  duration_minutes: number;
  /** JSON of the schedule form's values every room was made with (settings, owner, invitees, …). */
  values_json: string;
  job_id: string;
  sequence: Generated<number>;
  created_by: string;
  created_at: string;
}

/** scheduled: its room was handed to the job. skipped: left out on a skipped wall time. cancelled: by the series. */
export type OccurrenceStatus = "scheduled" | "skipped" | "cancelled";

export interface SeriesOccurrencesTable {
  series_id: string;
  occurrence_index: number;
  occurrence_date: string;
  /** Epoch seconds the rule gave (the calendar's RECURRENCE-ID). */
  original_start: number;
  room_id: string;
  status: OccurrenceStatus;
  /** JSON list of the room fields changed on this occurrence alone (not by an "all" edit). */
  changed_fields: string | null;
}

export interface Database {
  reschedules: ReschedulesTable;
  meeting_series: MeetingSeriesTable;
  series_occurrences: SeriesOccurrencesTable;
  bulk_jobs: BulkJobsTable;
  bulk_job_rows: BulkJobRowsTable;
  room_events: RoomEventsTable;
  room_event_accounts: RoomEventAccountsTable;
  callback_counters: CallbackCountersTable;
  user: AuthUserTable;
  auth_setup: AuthSetupTable;
  session: AuthSessionTable;
  account: AuthAccountTable;
  login_throttle: LoginThrottleTable;
  refusal_counts: RefusalCountsTable;
  trtc_accounts: TrtcAccountsTable;
  meetings: MeetingsTable;
  meeting_invitees: MeetingInviteesTable;
  schedule_intents: ScheduleIntentsTable;
  audit_log: AuditLogTable;
  audit_payload: AuditPayloadTable;
  audit_response: AuditResponseTable;
}
