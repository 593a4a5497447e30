import type { TakeSeatMode } from "./limits";

/** JSON bodies exactly as Tencent spells them (trtc-api.md §2.1–2.4). Shared by the client and the sandbox. */

export interface RoomSettingsWire {
  IsVideoDisabled?: boolean;
  IsAudioDisabled?: boolean;
  IsMessageDisabled?: boolean;
  IsScreenSharingDisabled?: boolean;
  IsCloudRecordingDisabled?: boolean;
}

export interface CreateRoomInfoWire extends RoomSettingsWire {
  RoomId: string;
  RoomName?: string;
  RoomType: "Conference";
  Owner_Account?: string;
  MaxMemberCount?: number;
  ScheduleStartTime?: number;
  ScheduleEndTime?: number;
  CustomInfo?: string;
  IsSeatEnabled?: boolean;
  MaxSeatCount?: number;
  TakeSeatMode?: TakeSeatMode;
}

export interface CreateRoomBody {
  RoomInfo: CreateRoomInfoWire;
  ScheduleInviteeList_Account?: string[];
}

export interface UpdateRoomInfoWire extends RoomSettingsWire {
  RoomId: string;
  RoomName?: string;
  MaxMemberCount?: number;
  CustomInfo?: string;
  TakeSeatMode?: TakeSeatMode;
}

export interface UpdateRoomBody {
  RoomInfo: UpdateRoomInfoWire;
}

export interface RoomIdBody {
  RoomId: string;
}

/** `Response.RoomInfo` of get_room_info. */
export interface RoomInfoWire extends Required<RoomSettingsWire> {
  RoomId: string;
  RoomName: string;
  RoomType: string;
  Owner_Account: string;
  MaxMemberCount: number;
  MaxSeatCount: number;
  CustomInfo: string;
  ScheduleStartTime: number;
  ScheduleEndTime: number;
  RoomStatus: string;
  IsSeatEnabled: boolean;
  TakeSeatMode: string;
  CreateTime: number;
  MemberCount: number;
}

export interface EnvelopeWire {
  ActionStatus: "OK" | "FAIL";
  ErrorCode: number;
  ErrorInfo: string;
  RequestId: string;
  Response?: unknown;
}
