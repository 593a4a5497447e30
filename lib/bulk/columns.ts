import { ROOM_FIELDS, SWITCH_KEYS, wireNameOf, type SwitchKey } from "@/lib/trtc/room-fields";

/**
 * The sheet's columns: one per field of the schedule form, each with the form's path and the catalog key
 * of the label the form shows, so a row's mistakes are named in the form's own words. The template, the
 * header recognition and the manual mapping all walk this list.
 */
export type SheetColumnKey =
  | "roomName"
  | "roomId"
  | "owner"
  | "invitees"
  | "date"
  | "time"
  | "timeZone"
  | "durationMinutes"
  | SwitchKey
  | "maxMemberCount"
  | "seatsEnabled"
  | "maxSeatCount"
  | "takeSeatMode"
  | "customInfo";

export type SheetColumnKind =
  "text" | "list" | "date" | "time" | "zone" | "minutes" | "yesNo" | "count" | "seatMode";

export interface SheetColumn {
  key: SheetColumnKey;
  /** The schedule form's field (dotted), as the shared schema reports it. */
  formPath: string;
  /** Catalog key of the label the schedule form shows for the field. */
  label: string;
  kind: SheetColumnKind;
  /** What the template's example row holds. */
  example: string;
}

const roomField = (
  wireKey: Parameters<typeof wireNameOf>[0],
  kind: SheetColumnKind,
  example: string,
): SheetColumn => {
  const spec = ROOM_FIELDS[wireNameOf(wireKey)];
  return { key: wireKey as SheetColumnKey, formPath: spec.formPath!, label: spec.label, kind, example };
};

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  roomField("roomName", "text", "Onboarding: day 1"),
  roomField("roomId", "text", "onboarding-day-1"),
  roomField("owner", "text", "alice"),
  { key: "invitees", formPath: "invitees", label: "field.invitees", kind: "list", example: "bob carol" },
  { key: "date", formPath: "schedule.date", label: "scheduleForm.date", kind: "date", example: "2027-04-05" },
  { key: "time", formPath: "schedule.time", label: "scheduleForm.startTime", kind: "time", example: "09:30" },
  {
    key: "timeZone",
    formPath: "schedule.timeZone",
    label: "scheduleForm.timeZone",
    kind: "zone",
    example: "Asia/Tokyo",
  },
  {
    key: "durationMinutes",
    formPath: "schedule.durationMinutes",
    label: "scheduleForm.duration",
    kind: "minutes",
    example: "60",
  },
  ...SWITCH_KEYS.map((key) => roomField(key, "yesNo", "no")),
  roomField("maxMemberCount", "count", ""),
  roomField("seatsEnabled", "yesNo", "yes"),
  roomField("maxSeatCount", "count", "6"),
  roomField("takeSeatMode", "seatMode", "ApplyToTake"),
  roomField("customInfo", "text", ""),
];

export const SHEET_COLUMN_KEYS = SHEET_COLUMNS.map((c) => c.key);

export const columnByKey = (key: SheetColumnKey): SheetColumn => SHEET_COLUMNS.find((c) => c.key === key)!;

export const isSheetColumnKey = (value: unknown): value is SheetColumnKey =>
  typeof value === "string" && (SHEET_COLUMN_KEYS as readonly string[]).includes(value);

/** The column a schema issue belongs to: "invitees.3" → invitees, "seats.maxSeatCount" → maxSeatCount. */
export function columnOfPath(path: string): SheetColumnKey | null {
  const found = SHEET_COLUMNS.find((c) => path === c.formPath || path.startsWith(`${c.formPath}.`));
  return found?.key ?? null;
}

/** "A", "B", …, "Z", "AA": how a spreadsheet names the column at a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
