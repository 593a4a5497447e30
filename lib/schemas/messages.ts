import { utf8Bytes } from "@/lib/trtc/limits";
import { controlCharacterCode, controlCharacterName } from "./control-characters";

/**
 * Every validation message, so the form and the server action say the same thing. The schemas are shared
 * by browser and server and know no language: an issue's message is a reference into the catalog's
 * "validation" namespace (key and values), worded in the viewer's locale by lib/i18n/localize-issue.ts, in
 * the browser (the form's resolver) and on the server (the action's answer) alike. Limits are named in the
 * user's terms: bytes where Tencent counts bytes, with the reason when the text is non-ASCII.
 */

/** A field's name inside a message: a key of the "validationLabel" namespace, with the value it quotes. */
export interface LabelRef {
  label: "roomId" | "roomName" | "customInfo" | "maxMembers" | "seats" | "owner" | "invitee" | "account";
  value?: string;
}
type Value = string | number | LabelRef;

const MARK = "\u2063i18n:";

/**
 * A message reference, as the string zod carries in `issue.message`: a key of the "validation" namespace, or
 * a feature's own key with its namespace ("people.error.tooManyAccounts").
 */
export const ref = (key: string, values: Record<string, Value> = {}): string =>
  `${MARK}${JSON.stringify([key, values])}`;

export function parseRef(message: string): { key: string; values: Record<string, Value> } | null {
  if (!message.startsWith(MARK)) return null;
  try {
    const [key, values] = JSON.parse(message.slice(MARK.length)) as [string, Record<string, Value>];
    return { key, values };
  } catch {
    return null;
  }
}

const firstMultiByte = (value: string): string | undefined =>
  [...value].find((ch) => ch.codePointAt(0)! > 0x7f);

export const messages = {
  tooManyBytes(label: LabelRef, value: string, max: number): string {
    const wide = firstMultiByte(value);
    const counts = { label, chars: [...value].length, bytes: utf8Bytes(value), max };
    return wide
      ? ref("tooManyBytesWide", { ...counts, wide, wideBytes: utf8Bytes(wide) })
      : ref("tooManyBytes", counts);
  },
  required: (label: LabelRef) => ref("required", { label }),
  edgeSpaces: (label: LabelRef) => ref("edgeSpaces", { label }),
  idCharset: (label: LabelRef) => ref("idCharset", { label }),
  controlCharacter: (label: LabelRef, ch: string) =>
    ref("controlCharacter", { label, name: controlCharacterName(ch), code: controlCharacterCode(ch) }),
  noMeetingNamed: ref("noMeetingNamed"),
  intentMalformed: ref("intentMalformed"),
  importRoomIdMissing: ref("importRoomIdMissing"),
  importZoneMissing: ref("importZoneMissing"),
  onlySpaces: (label: LabelRef) => ref("onlySpaces", { label }),

  tooManyInvitees: (count: number, max: number) => ref("tooManyInvitees", { count, max }),
  duplicateInvitee: (id: string) => ref("duplicateInvitee", { id }),

  dateFormat: ref("dateFormat"),
  notACalendarDay: (date: string) => ref("notACalendarDay", { date }),
  timeFormat: ref("timeFormat"),
  unknownZone: (zone: string) => ref("unknownZone", { zone }),
  durationNumber: ref("durationNumber"),
  durationWhole: ref("durationWhole"),
  durationMin: (min: number) => ref("durationMin", { min }),
  durationMax: (max: number) => ref("durationMax", { max, hours: max / 60 }),
  skippedTime: (time: string, zone: string, date: string, from: string, to: string) =>
    ref("skippedTime", { time, zone, date, from, to }),
  startInPast: (date: string, time: string, zone: string) => ref("startInPast", { date, time, zone }),
  chooseOccurrence: (values: Record<"time" | "zone" | "date" | "from" | "to" | "first" | "second", string>) =>
    ref("zones.chooseOccurrence", values),
  notRepeated: (time: string, zone: string, date: string) => ref("zones.notRepeated", { time, zone, date }),
  occurrenceValue: ref("zones.occurrenceValue"),

  countNumber: (label: LabelRef) => ref("countNumber", { label }),
  countWhole: (label: LabelRef) => ref("countWhole", { label }),
  countMin: (label: LabelRef) => ref("countMin", { label }),
  countMax: (label: LabelRef, max: number) => ref("countMax", { label, max }),
  countMissing: (label: LabelRef, max: number) => ref("countMissing", { label, max }),
  seatModeMissing: ref("seatModeMissing"),

  passwordShort: ref("passwordShort", { min: 12 }),
  tooLong: (max: number) => ref("tooLong", { max }),
  emailInvalid: ref("emailInvalid"),
  nameMissing: ref("nameMissing"),
  passwordMissing: ref("passwordMissing"),
  passwordsDiffer: ref("passwordsDiffer"),
} as const;
