// as: lib/sandbox/fixture.ts
import { TRTC_COMMANDS } from "../trtc/commands";
import { ROOM_FIELDS } from "@/lib/trtc/room-fields";

export const known = [TRTC_COMMANDS, ROOM_FIELDS];
