import { utf8Bytes } from "@/lib/trtc/limits";
import { describeControlCharacter } from "./control-characters";

/**
 * Every user-facing validation message, so the form and the server action say the same thing. Limits are
 * named in the user's terms: bytes where Tencent counts bytes, with the reason when the text is non-ASCII.
 */

const firstMultiByte = (value: string): string | undefined =>
  [...value].find((ch) => ch.codePointAt(0)! > 0x7f);

export const quoted = (value: string) => `“${value}”`;

export const messages = {
  tooManyBytes(label: string, value: string, max: number): string {
    const wide = firstMultiByte(value);
    const hint = wide ? ` Characters like ${wide} take ${utf8Bytes(wide)} bytes.` : "";
    return `${label} is ${utf8Bytes(value)} bytes; the limit is ${max}.${hint}`;
  },
  required: (label: string) => `${label} is required`,
  edgeSpaces: (label: string) => `${label} must not start or end with a space`,
  idCharset: (label: string) => `${label} may use only letters, digits, _ and -`,
  controlCharacter: (label: string, ch: string) =>
    `${label} contains ${describeControlCharacter(ch)}; line breaks, tabs and other control characters are not allowed`,
  noMeetingNamed: "No meeting was named.",
  intentMalformed: "The form's submission id is malformed; reload the page.",
  onlySpaces: (label: string) => `${label} can't be only spaces; leave it empty to use the room ID`,

  tooManyInvitees: (count: number, max: number) => `At most ${max} invitees; this list has ${count}`,
  duplicateInvitee: (id: string) => `Invitee ${quoted(id)} is listed more than once`,

  dateFormat: "Enter the date as YYYY-MM-DD",
  notACalendarDay: (date: string) => `${date} is not a day on the calendar`,
  timeFormat: "Enter the time as HH:MM (24-hour clock)",
  unknownZone: (zone: string) => `${quoted(zone)} is not a time zone we know; pick one from the list`,
  durationNumber: "Enter the duration in minutes",
  durationWhole: "Duration must be whole minutes",
  durationMin: (min: number) => `Duration must be at least ${min} minutes`,
  durationMax: (max: number) => `Duration can be at most ${max / 60} hours (${max} minutes)`,
  skippedTime: (time: string, zone: string, date: string, from: string, to: string) =>
    `${time} does not exist in ${zone} on ${date}: clocks jump from ${from} to ${to}.`,
  repeatedTime: (time: string, zone: string, date: string, from: string, to: string) =>
    `${time} happens twice in ${zone} on ${date}: clocks go back from ${from} to ${to}. ` +
    `Pick a time before ${to} or from ${from} on.`,
  startInPast: (date: string, time: string, zone: string) =>
    `The start (${date} ${time}, ${zone}) is in the past`,

  countNumber: (label: string) => `${label}: enter a number`,
  countWhole: (label: string) => `${label}: a whole number`,
  countMin: (label: string) => `${label}: at least 1`,
  countMax: (label: string, max: number) => `${label}: at most ${max} (your package limit)`,
  countMissing: (label: string, max: number) => `${label}: enter how many (1–${max})`,
  seatModeMissing: "Seats: choose whether people take a seat freely or on request",
} as const;
