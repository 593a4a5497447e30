import type { z } from "zod";
import * as req from "./requests";
import * as res from "./responses";

/**
 * Tencent's Conference REST commands (docs/trtc-api.md §2), each declared once: its service, Tencent's page,
 * whether it writes, how it may be retried, and the schemas of its request and of its `Response`. The
 * client, the guarded client's retries and audit, and the sandbox's dispatch all read this table.
 * docs/architecture.md "Add a command" shows the change that adds one.
 */

export type TrtcService =
  "room_engine_http_srv" | "room_engine_http_mic" | "room_config" | "im_open_login_svc";

/**
 * - read: no effect; transient failures are retried.
 * - repeatable: a write whose repeat leaves the same state (update, ban, lock…); retried like a read.
 * - verify: create_room; an open outcome is resolved with get_room_info before any repeat
 *   (lib/server/meetings/create-room-reliably.ts), never retried blindly.
 * - once: a write whose repeat Tencent answers differently (set_callback → 100300); never repeated.
 */
export type RetryClass = "read" | "repeatable" | "verify" | "once";

export interface TrtcCommandSpec {
  service: TrtcService;
  /** trtc.io/document/<doc>, the page the facts come from. */
  doc: number;
  writes: boolean;
  retry: RetryClass;
  request: z.ZodType;
  /** Schema of the `Response` object; `noPayload` for commands that answer with the envelope only. */
  response: z.ZodType;
}

const SRV = "room_engine_http_srv";
const MIC = "room_engine_http_mic";
const CONFIG = "room_config";
const ACCOUNTS = "im_open_login_svc";

const command = <Req extends z.ZodType, Res extends z.ZodType>(
  spec: TrtcCommandSpec & { request: Req; response: Res },
) => spec;

export const TRTC_COMMANDS = {
  create_room: command({
    service: SRV,
    doc: 60707,
    writes: true,
    retry: "verify",
    request: req.createRoomRequest,
    response: res.noPayload,
  }),
  destroy_room: command({
    service: SRV,
    doc: 60706,
    writes: true,
    retry: "repeatable",
    request: req.roomIdRequest,
    response: res.noPayload,
  }),
  update_room_info: command({
    service: SRV,
    doc: 60705,
    writes: true,
    retry: "repeatable",
    request: req.updateRoomRequest,
    response: res.noPayload,
  }),
  get_room_info: command({
    service: SRV,
    doc: 60704,
    writes: false,
    retry: "read",
    request: req.roomIdRequest,
    response: res.roomInfoPayload,
  }),
  get_room_member_list: command({
    service: SRV,
    doc: 60715,
    writes: false,
    retry: "read",
    request: req.memberListRequest,
    response: res.memberListPayload,
  }),
  update_room_member_info: command({
    service: SRV,
    doc: 60714,
    writes: true,
    retry: "repeatable",
    request: req.updateMemberRequest,
    response: res.noPayload,
  }),
  change_room_owner: command({
    service: SRV,
    doc: 60713,
    writes: true,
    retry: "once",
    request: req.changeOwnerRequest,
    response: res.noPayload,
  }),
  mark_room_member: command({
    service: SRV,
    doc: 60712,
    writes: true,
    retry: "repeatable",
    request: req.markMembersRequest,
    response: res.noPayload,
  }),
  ban_room_member: command({
    service: SRV,
    doc: 60711,
    writes: true,
    retry: "repeatable",
    request: req.banMembersRequest,
    response: res.noPayload,
  }),
  unban_room_member: command({
    service: SRV,
    doc: 60710,
    writes: true,
    retry: "repeatable",
    request: req.unbanMembersRequest,
    response: res.noPayload,
  }),
  get_banned_member_list: command({
    service: SRV,
    doc: 60709,
    writes: false,
    retry: "read",
    request: req.bannedListRequest,
    response: res.bannedListPayload,
  }),
  kick_user_out: command({
    service: SRV,
    doc: 60708,
    writes: true,
    retry: "once",
    request: req.kickMembersRequest,
    response: res.noPayload,
  }),
  get_seat_list: command({
    service: MIC,
    doc: 60719,
    writes: false,
    retry: "read",
    request: req.roomIdRequest,
    response: res.seatListPayload,
  }),
  pick_user_on_seat: command({
    service: MIC,
    doc: 60718,
    writes: true,
    retry: "once",
    request: req.pickOnSeatRequest,
    response: res.noPayload,
  }),
  kick_user_off_seat: command({
    service: MIC,
    doc: 60717,
    writes: true,
    retry: "repeatable",
    request: req.kickOffSeatRequest,
    response: res.noPayload,
  }),
  lock_seat: command({
    service: MIC,
    doc: 60716,
    writes: true,
    retry: "repeatable",
    request: req.lockSeatRequest,
    response: res.noPayload,
  }),
  set_callback: command({
    service: CONFIG,
    doc: 60729,
    writes: true,
    retry: "once",
    request: req.callbackConfigRequest,
    response: res.noPayload,
  }),
  get_callback: command({
    service: CONFIG,
    doc: 60730,
    writes: false,
    retry: "read",
    request: req.emptyRequest,
    response: res.callbackConfigPayload,
  }),
  update_callback: command({
    service: CONFIG,
    doc: 60728,
    writes: true,
    retry: "repeatable",
    request: req.callbackConfigRequest,
    response: res.noPayload,
  }),
  delete_callback: command({
    service: CONFIG,
    doc: 60727,
    writes: true,
    retry: "repeatable",
    request: req.emptyRequest,
    response: res.noPayload,
  }),
  account_import: command({
    service: ACCOUNTS,
    doc: 34953,
    writes: true,
    retry: "repeatable", // importing an account twice leaves one account (§2.17)
    request: req.accountImportRequest,
    response: res.noPayload,
  }),
  multiaccount_import: command({
    service: ACCOUNTS,
    doc: 34953,
    writes: true,
    retry: "repeatable",
    request: req.multiAccountImportRequest,
    response: res.noPayload,
  }),
} as const;

export type TrtcCommandName = keyof typeof TRTC_COMMANDS;
/** The body a command takes, typed from its schema. */
export type TrtcRequest<C extends TrtcCommandName> = z.input<(typeof TRTC_COMMANDS)[C]["request"]>;
/** Its validated `Response` (null for envelope-only commands). */
export type TrtcResponse<C extends TrtcCommandName> = z.output<(typeof TRTC_COMMANDS)[C]["response"]>;

export const TRTC_COMMAND_NAMES = Object.keys(TRTC_COMMANDS) as TrtcCommandName[];

/** `service/command`, as it appears in the URL after `/v4/` (docs/trtc-api.md §1.1). */
export const commandPath = (c: TrtcCommandName) => `${TRTC_COMMANDS[c].service}/${c}` as const;

/** The command a URL path names, or null: the sandbox dispatches by it. */
export function commandAt(service: string, name: string): TrtcCommandName | null {
  const spec = (TRTC_COMMANDS as Record<string, TrtcCommandSpec>)[name];
  return spec && spec.service === service ? (name as TrtcCommandName) : null;
}
