import { INVITEES_FIELD, type CreateRoomInfo, type RoomInfoFields, type UpdateRoomInfo } from "./room-fields";

/** Room bodies exactly as Tencent spells them (docs/trtc-api.md §2.1–2.4), typed from the room-field table. */

export type CreateRoomBody = { RoomInfo: CreateRoomInfo } & {
  [K in typeof INVITEES_FIELD.wire]?: string[];
};

export interface UpdateRoomBody {
  RoomInfo: UpdateRoomInfo;
}

export interface RoomIdBody {
  RoomId: string;
}

/** `Response.RoomInfo` of get_room_info: the table's fields plus what Tencent derives. */
export type RoomInfoWire = RoomInfoFields & {
  RoomStatus: string;
  CreateTime: number;
  MemberCount: number;
};

export interface EnvelopeWire {
  ActionStatus: "OK" | "FAIL";
  ErrorCode: number;
  ErrorInfo: string;
  RequestId: string;
  Response?: unknown;
}
