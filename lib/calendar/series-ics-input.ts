import { firstControlCharacter } from "@/lib/schemas/control-characters";
import { isValidTimeZone } from "@/lib/time";
import type { SeriesIcsInput } from "./series-ics";

// The rule is written into the file as it comes: one RRULE value (RFC 5545 §3.3.10) of NAME=VALUE
// parts, so nothing in it can end the line or open another property.
const RRULE_VALUE = /^[A-Z]+=[A-Za-z0-9+,:-]+(;[A-Z]+=[A-Za-z0-9+,:-]+)*$/;
const HAS_FREQ = /(^|;)FREQ=[A-Z]+(;|$)/;
// The VTIMEZONE covers the occurrences given, so a rule must end where they do.
const ENDS = /(^|;)(COUNT=\d+|UNTIL=[0-9TZ]+)(;|$)/;
const COUNT = /(^|;)COUNT=(\d+)(;|$)/;
// A mailbox goes into ORGANIZER unescaped (a CAL-ADDRESS is a URI): nothing that could quote or break it.
const MAILBOX = /^[^\s"<>;:,\\@]+@[^\s"<>;:,\\@]+$/;

const isInstant = (d: Date) => d instanceof Date && Number.isFinite(d.getTime());

function refuse(field: string, rule: string): never {
  throw new RangeError(`seriesIcs: ${field} ${rule}`);
}

/** Throws a RangeError naming the field and its rule when the input could not make a valid file. */
export function checkSeriesIcsInput(input: SeriesIcsInput): void {
  if (!isValidTimeZone(input.zone)) refuse("zone", `must be an IANA time zone, not "${input.zone}"`);
  if (!RRULE_VALUE.test(input.rrule) || !HAS_FREQ.test(input.rrule))
    refuse("rrule", 'must be one RRULE value with FREQ (NAME=VALUE;…), without "RRULE:" or a line break');
  if (!ENDS.test(input.rrule)) refuse("rrule", "must end, with COUNT or UNTIL");
  const count = COUNT.exec(input.rrule)?.[2];
  if (count !== undefined && Number(count) !== input.occurrences.length)
    refuse(
      "occurrences",
      `must hold every occurrence the rule gives: COUNT=${count}, ${input.occurrences.length} given`,
    );
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1)
    refuse("durationMinutes", "must be a whole number of minutes, at least 1");
  if (!Number.isInteger(input.sequence) || input.sequence < 0)
    refuse("sequence", "must be a whole number, at least 0");
  if (!isInstant(input.firstStart)) refuse("firstStart", "must be a valid date");
  if (!isInstant(input.stamp)) refuse("stamp", "must be a valid date");
  const email = input.organizerEmail;
  if (email !== undefined && (!MAILBOX.test(email) || firstControlCharacter(email) !== undefined))
    refuse("organizerEmail", "must be one mailbox (name@domain) without spaces, quotes or ;:,<>");
  const first = input.occurrences.find((o) => o.index === 0);
  if (first && first.originalStart.getTime() !== input.firstStart.getTime())
    refuse("firstStart", "must be the originalStart of occurrence 0, where the rule starts");
  input.occurrences.forEach((o, i) => {
    for (const key of ["originalStart", "start", "end"] as const)
      if (!isInstant(o[key])) refuse(`occurrences[${i}].${key}`, "must be a valid date");
    if (o.end.getTime() <= o.start.getTime()) refuse(`occurrences[${i}].end`, "must be after its start");
  });
}
