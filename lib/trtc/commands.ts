/** The REST commands Roomdesk uses, as `service/command` (trtc-api.md §2). */
export const TRTC_COMMANDS = {
  createRoom: "room_engine_http_srv/create_room",
  getRoomInfo: "room_engine_http_srv/get_room_info",
  updateRoomInfo: "room_engine_http_srv/update_room_info",
  destroyRoom: "room_engine_http_srv/destroy_room",
} as const;

export type TrtcCommandName = keyof typeof TRTC_COMMANDS;
export type TrtcCommandPath = (typeof TRTC_COMMANDS)[TrtcCommandName];
