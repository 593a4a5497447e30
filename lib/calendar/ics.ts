import { firstControlCharacter } from "@/lib/schemas/control-characters";
import { zoneOffsetMinutes } from "@/lib/time";
import { escapeText, localDateTime, paramValue, toIcsStream, utcDateTime } from "./ics-text";
import { vtimezoneLines } from "./vtimezone";

export interface CalendarMeeting {
  roomId: string;
  name: string;
  /** Unix seconds. */
  start: number;
  end: number;
  timeZone: string;
  /** meetings.sequence: raised on every change so calendars replace the older copy. */
  sequence: number;
  cancelled: boolean;
  owner: string | null;
  /** TRTC_ADMIN_USER_ID: Tencent makes it the owner of a room created without Owner_Account. */
  adminUserId: string;
  invitees: readonly string[];
  description?: string;
  /** The UID a rescheduled meeting keeps from the meeting it replaced; else the room's own (icsUid). */
  uid?: string | null;
}

// Every RoomId input refuses control characters, but a row indexed before that rule may hold one; it must not
// break the file's lines. Such an ID is percent-encoded under its own domain so it can never collide with the
// UID of an ordinary ID, and every ordinary ID keeps the UID calendars already know it by.
export const uidIn = (domain: string, id: string) =>
  firstControlCharacter(id) === undefined
    ? `${id}@${domain}`
    : `${encodeURIComponent(id.toWellFormed())}@encoded.${domain}`;

export const icsUid = (roomId: string) => uidIn("roomdesk", roomId);

// TRTC accounts are not e-mail addresses; a URN keeps ORGANIZER/ATTENDEE valid CAL-ADDRESS values
// without inventing mailboxes that would receive replies.
const userAddress = (userId: string) => `urn:x-trtc-user:${encodeURIComponent(userId.toWellFormed())}`;

function eventLines(m: CalendarMeeting, stamp: number): string[] {
  const local = (t: number) => localDateTime(t, zoneOffsetMinutes(m.timeZone, t));
  const tzid = paramValue(m.timeZone);
  const organizer = m.owner ?? m.adminUserId;
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(m.uid ?? icsUid(m.roomId))}`,
    `SEQUENCE:${m.sequence}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART;TZID=${tzid}:${local(m.start)}`,
    `DTEND;TZID=${tzid}:${local(m.end)}`,
    `SUMMARY:${escapeText(m.name)}`,
    ...(m.description ? [`DESCRIPTION:${escapeText(m.description)}`] : []),
    `LOCATION:${escapeText(`TRTC Conference room ${m.roomId}`)}`,
    `STATUS:${m.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `ORGANIZER;CN=${paramValue(organizer)}:${userAddress(organizer)}`,
    ...m.invitees.map((id) => `ATTENDEE;CN=${paramValue(id)};ROLE=REQ-PARTICIPANT:${userAddress(id)}`),
    "END:VEVENT",
  ];
}

/**
 * One meeting as an iTIP message: METHOD:REQUEST while it stands, METHOD:CANCEL (with STATUS:CANCELLED)
 * once cancelled. `stampSeconds` is DTSTAMP, injected for reproducible tests.
 */
export function buildMeetingIcs(m: CalendarMeeting, stampSeconds = Math.floor(Date.now() / 1000)): string {
  const year = new Date(m.start * 1000).getUTCFullYear();
  return toIcsStream([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Roomdesk//Meetings//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${m.cancelled ? "CANCEL" : "REQUEST"}`,
    ...vtimezoneLines(m.timeZone, year),
    ...eventLines(m, stampSeconds),
    "END:VCALENDAR",
  ]);
}
