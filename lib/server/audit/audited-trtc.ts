import "server-only";
import type { CreateRoomBody, UpdateRoomBody } from "@/lib/trtc/wire";
import type { Db } from "../db";
import type { TrtcCallOptions, TrtcCallResult, TrtcClient, TrtcRoomInfo } from "../trtc";
import { auditedAttempt, type AuditActor } from "./trtc-attempt";

/** What one call is, for its audit row. */
export interface AttemptMeta extends Pick<TrtcCallOptions, "signal" | "timeoutMs"> {
  /** Dotted `noun.verb`: `room.create`, `room.verify`, `room.get`, … */
  action: string;
  /** 1-based attempt number within the intent; 1 for a single call. */
  attempt?: number;
}

/** The room commands, each call on record before its request leaves (see trtc-attempt.ts). */
export interface AttemptClient {
  createRoom(body: CreateRoomBody, meta: AttemptMeta): Promise<TrtcCallResult<null>>;
  getRoomInfo(roomId: string, meta: AttemptMeta): Promise<TrtcCallResult<TrtcRoomInfo>>;
  updateRoomInfo(body: UpdateRoomBody, meta: AttemptMeta): Promise<TrtcCallResult<null>>;
  destroyRoom(roomId: string, meta: AttemptMeta): Promise<TrtcCallResult<null>>;
}

export interface AuditedTrtcDeps {
  db: Db;
  trtc: TrtcClient;
  secrets: readonly string[];
}

/** The TRTC client as one actor (and, when scheduling, one intent) uses it: every call audited. */
export function auditedTrtc(
  deps: AuditedTrtcDeps,
  who: { actor: AuditActor; intentId?: string | null },
): AttemptClient {
  const run = <T>(
    command: Parameters<typeof auditedAttempt>[3]["command"],
    roomId: string,
    body: unknown,
    meta: AttemptMeta,
    send: (opts: TrtcCallOptions) => Promise<TrtcCallResult<T>>,
  ) =>
    auditedAttempt(
      deps.db,
      {
        actor: who.actor,
        action: meta.action,
        roomId,
        intentId: who.intentId ?? null,
        attempt: meta.attempt ?? 1,
      },
      deps.secrets,
      { command, body, opts: { signal: meta.signal, timeoutMs: meta.timeoutMs } },
      send,
    );
  const { trtc } = deps;
  return {
    createRoom: (body, meta) =>
      run("createRoom", body.RoomInfo.RoomId, body, meta, (o) => trtc.run("create_room", body, o)),
    getRoomInfo: (roomId, meta) =>
      run("getRoomInfo", roomId, { RoomId: roomId }, meta, (o) =>
        trtc.run("get_room_info", { RoomId: roomId }, o),
      ),
    updateRoomInfo: (body, meta) =>
      run("updateRoomInfo", body.RoomInfo.RoomId, body, meta, (o) => trtc.run("update_room_info", body, o)),
    destroyRoom: (roomId, meta) =>
      run("destroyRoom", roomId, { RoomId: roomId }, meta, (o) =>
        trtc.run("destroy_room", { RoomId: roomId }, o),
      ),
  };
}
