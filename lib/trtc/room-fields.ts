import { ROOM_LIMITS, TAKE_SEAT_MODES, type SeatMode } from "./limits";

/**
 * Every field of a Conference room, once (docs/trtc-api.md §2.1 create_room, §2.3 update_room_info, §2.4
 * get_room_info): Tencent's wire name, Roomdesk's name for it, the schedule form's path, its kind and limit,
 * whether update_room_info may change it, and the key of its label. Request bodies, the sandbox's rules,
 * the 100002 → form field map, the edit diff and the forms' labels are all derived from this table.
 * docs/architecture.md "Add a room field" shows the one-line change that adds a field.
 */

export type RoomFieldKind =
  "roomId" | "roomType" | "text" | "userId" | "count" | "unixSeconds" | "switch" | "flag" | "seatMode";

export interface RoomFieldSpec {
  /** Roomdesk's own name: the key in RoomFieldValues. */
  key: string;
  kind: RoomFieldKind;
  /** Where the schedule form holds it (dotted); null when the form has no field for it. */
  formPath: string | null;
  /** UTF-8 byte limit for strings. */
  maxBytes?: number;
  /** Counts are capped by the deployment's package. */
  packageLimit?: "members" | "seats";
  /** "required" at create_room; the rest may be left out, and Tencent then applies its default. */
  create: "required" | "optional";
  /** update_room_info accepts it; RoomId is the key of every update. */
  updatable: boolean | "key";
  /** Message-catalog key of the field's label (lib/i18n). */
  label: string;
  /** Message-catalog key of the line the schedule form shows under it, if any. */
  hint?: string;
}

const field = <K extends string, S extends Omit<RoomFieldSpec, "key"> & { key: K }>(spec: S) => spec;

export const ROOM_FIELDS = {
  RoomId: field({
    key: "roomId",
    kind: "roomId",
    formPath: "roomId",
    maxBytes: ROOM_LIMITS.roomIdMaxBytes,
    create: "required",
    updatable: "key",
    label: "field.roomId",
  }),
  RoomName: field({
    key: "roomName",
    kind: "text",
    formPath: "roomName",
    maxBytes: ROOM_LIMITS.roomNameMaxBytes,
    create: "optional",
    updatable: true,
    label: "field.roomName",
  }),
  RoomType: field({
    key: "roomType",
    kind: "roomType",
    formPath: null,
    create: "required",
    updatable: false,
    label: "field.roomType",
  }),
  Owner_Account: field({
    key: "owner",
    kind: "userId",
    formPath: "owner",
    maxBytes: ROOM_LIMITS.userIdMaxBytes,
    create: "optional",
    updatable: false,
    label: "field.owner",
  }),
  MaxMemberCount: field({
    key: "maxMemberCount",
    kind: "count",
    formPath: "maxMemberCount",
    packageLimit: "members",
    create: "optional",
    updatable: true,
    label: "field.maxMemberCount",
  }),
  ScheduleStartTime: field({
    key: "start",
    kind: "unixSeconds",
    formPath: "schedule.time",
    create: "optional",
    updatable: false,
    label: "field.start",
  }),
  ScheduleEndTime: field({
    key: "end",
    kind: "unixSeconds",
    formPath: "schedule.durationMinutes",
    create: "optional",
    updatable: false,
    label: "field.end",
  }),
  IsVideoDisabled: field({
    key: "videoDisabled",
    kind: "switch",
    formPath: "settings.videoDisabled",
    create: "optional",
    updatable: true,
    label: "field.videoDisabled",
    hint: "fieldHint.videoDisabled",
  }),
  IsAudioDisabled: field({
    key: "audioDisabled",
    kind: "switch",
    formPath: "settings.audioDisabled",
    create: "optional",
    updatable: true,
    label: "field.audioDisabled",
    hint: "fieldHint.audioDisabled",
  }),
  IsMessageDisabled: field({
    key: "messagesDisabled",
    kind: "switch",
    formPath: "settings.messagesDisabled",
    create: "optional",
    updatable: true,
    label: "field.messagesDisabled",
    hint: "fieldHint.messagesDisabled",
  }),
  IsScreenSharingDisabled: field({
    key: "screenSharingDisabled",
    kind: "switch",
    formPath: "settings.screenSharingDisabled",
    create: "optional",
    updatable: true,
    label: "field.screenSharingDisabled",
    hint: "fieldHint.screenSharingDisabled",
  }),
  IsCloudRecordingDisabled: field({
    key: "cloudRecordingDisabled",
    kind: "switch",
    formPath: "settings.cloudRecordingDisabled",
    create: "optional",
    updatable: true,
    label: "field.cloudRecordingDisabled",
    hint: "fieldHint.cloudRecordingDisabled",
  }),
  CustomInfo: field({
    key: "customInfo",
    kind: "text",
    formPath: "customInfo",
    maxBytes: ROOM_LIMITS.customInfoMaxBytes,
    create: "optional",
    updatable: true,
    label: "field.customInfo",
  }),
  IsSeatEnabled: field({
    key: "seatsEnabled",
    kind: "flag",
    formPath: "seats.enabled",
    create: "optional",
    updatable: false,
    label: "field.seatsEnabled",
  }),
  MaxSeatCount: field({
    key: "maxSeatCount",
    kind: "count",
    formPath: "seats.maxSeatCount",
    packageLimit: "seats",
    create: "optional",
    updatable: false,
    label: "field.maxSeatCount",
  }),
  TakeSeatMode: field({
    key: "takeSeatMode",
    kind: "seatMode",
    formPath: "seats.takeSeatMode",
    create: "optional",
    updatable: true,
    label: "field.takeSeatMode",
  }),
} as const;

/** The invitees travel beside RoomInfo, not in it (§2.1). */
export const INVITEES_FIELD = {
  wire: "ScheduleInviteeList_Account",
  key: "invitees",
  formPath: "invitees",
  maxEntries: ROOM_LIMITS.maxInvitees,
  entryMaxBytes: ROOM_LIMITS.userIdMaxBytes,
} as const;

type Fields = typeof ROOM_FIELDS;
export type RoomWireName = keyof Fields;
export type RoomFieldKey = Fields[RoomWireName]["key"];
type KindValue<K extends RoomFieldKind> = K extends "switch" | "flag"
  ? boolean
  : K extends "count" | "unixSeconds"
    ? number
    : K extends "seatMode"
      ? SeatMode
      : K extends "roomType"
        ? "Conference"
        : string;

/** A room in Tencent's spelling: every RoomInfo field of the table. */
export type RoomInfoFields = { [W in RoomWireName]: KindValue<Fields[W]["kind"]> };
/** The same room in Roomdesk's names. */
export type RoomFieldValues = { [W in RoomWireName as Fields[W]["key"]]: KindValue<Fields[W]["kind"]> };

type ValueOf<W extends RoomWireName> = KindValue<Fields[W]["kind"]>;
/** create_room's RoomInfo (§2.1): the required fields, and the rest optional. */
export type CreateRoomInfo = {
  [W in RoomWireName as Fields[W]["create"] extends "required" ? W : never]: ValueOf<W>;
} & { [W in RoomWireName as Fields[W]["create"] extends "required" ? never : W]?: ValueOf<W> };
/** update_room_info's RoomInfo (§2.3): the RoomId it names and what may change. */
export type UpdateRoomInfo = {
  [W in RoomWireName as Fields[W]["updatable"] extends "key" ? W : never]: ValueOf<W>;
} & { [W in RoomWireName as Fields[W]["updatable"] extends true ? W : never]?: ValueOf<W> };

export const ROOM_WIRE_NAMES = Object.keys(ROOM_FIELDS) as RoomWireName[];
const spec = (wire: RoomWireName): RoomFieldSpec => ROOM_FIELDS[wire];

/** The five "disable for all" switches, in the order the forms show them. */
export const SWITCH_FIELDS = ROOM_WIRE_NAMES.filter((w) => spec(w).kind === "switch");
export type SwitchKey = Extract<RoomFieldKey, `${string}Disabled`>;
export const SWITCH_KEYS = SWITCH_FIELDS.map((w) => spec(w).key as SwitchKey);

/** Every switch off: Tencent's default for each (§2.1), and the schedule form's. */
export const SWITCHES_OFF = Object.fromEntries(SWITCH_KEYS.map((k) => [k, false])) as Record<
  SwitchKey,
  false
>;

/** What update_room_info may change, besides the RoomId it names (§2.3). */
export const UPDATABLE_FIELDS = ROOM_WIRE_NAMES.filter((w) => spec(w).updatable === true);
/** Known room fields update_room_info refuses: owned by other commands or fixed at creation. */
export const FROZEN_FIELDS = ROOM_WIRE_NAMES.filter((w) => spec(w).updatable === false);

export const wireNameOf = (key: RoomFieldKey): RoomWireName =>
  ROOM_WIRE_NAMES.find((w) => spec(w).key === key)!;

/** The schedule form's path for a wire name Tencent put in a 100002 ErrorInfo; null when the form has none. */
export function formPathOfWire(name: string): string | null {
  if (name === INVITEES_FIELD.wire) return INVITEES_FIELD.formPath;
  return name in ROOM_FIELDS ? spec(name as RoomWireName).formPath : null;
}

/** Every form path the table knows, for telling the form's own fields from anything else. */
export const ROOM_FORM_PATHS: readonly string[] = [
  ...ROOM_WIRE_NAMES.map((w) => spec(w).formPath).filter((p): p is string => p !== null),
  INVITEES_FIELD.formPath,
];

/** Roomdesk's names → Tencent's, for the fields that are set; unknown keys never reach the wire. */
export function toRoomInfo(values: Partial<RoomFieldValues>): Partial<RoomInfoFields> {
  const out: Record<string, unknown> = {};
  for (const wire of ROOM_WIRE_NAMES) {
    const value = (values as Record<string, unknown>)[spec(wire).key];
    if (value !== undefined) out[wire] = value;
  }
  return out as Partial<RoomInfoFields>;
}

/** Tencent's names → Roomdesk's, for the fields present in `info`. */
export function fromRoomInfo(info: Partial<Record<RoomWireName, unknown>>): Partial<RoomFieldValues> {
  const out: Record<string, unknown> = {};
  for (const wire of ROOM_WIRE_NAMES) if (info[wire] !== undefined) out[spec(wire).key] = info[wire];
  return out as Partial<RoomFieldValues>;
}

/**
 * Tencent's value for a field left out of create_room (§2.1): the name is the RoomId, the owner is the
 * calling admin, switches and seat mode are off, counts are the package's.
 */
export function tencentDefaults(
  roomId: string,
  caller: string,
  pkg: { maxMembers: number; maxSeats: number },
): Omit<RoomFieldValues, "roomId" | "start" | "end"> {
  return {
    roomName: roomId,
    roomType: "Conference",
    owner: caller,
    maxMemberCount: pkg.maxMembers,
    ...SWITCHES_OFF,
    customInfo: "",
    seatsEnabled: false,
    maxSeatCount: pkg.maxSeats,
    takeSeatMode: "FreeToTake",
  };
}

export { TAKE_SEAT_MODES };
