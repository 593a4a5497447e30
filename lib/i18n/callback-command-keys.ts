import type { CallbackCommand } from "@/lib/trtc/callbacks";

/** Catalog keys cannot hold Tencent's dotted names: each command's short key, shared by both namespaces. */
export const CALLBACK_COMMAND_KEYS = {
  "Room.CallbackAfterCreateRoom": "createRoom",
  "Room.CallbackAfterDestroyRoom": "destroyRoom",
  "Room.CallbackAfterUpdateRoomInfo": "updateRoom",
  "Room.CallbackAfterMemberEnter": "memberEnter",
  "Room.CallbackAfterMemberLeave": "memberLeave",
  "Mic.CallbackAfterSeatInfoChanged": "seatsChanged",
} as const satisfies Record<CallbackCommand, string>;
