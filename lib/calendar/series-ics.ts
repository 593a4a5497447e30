import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalOrganizer,
} from "ical-generator";
import { escapeText, showableText, toIcsStream } from "./ics-text";
import { uidIn } from "./ics";
import { checkSeriesIcsInput } from "./series-ics-input";
import { exdateLine, isChanged, roomsDescription, seriesYears } from "./series-occurrences";
import { vtimezoneLinesForYears } from "./vtimezone";
import { zonedWallTime } from "./zoned-wall-time";

export interface SeriesIcsOccurrence {
  /** 0-based position in the series as first expanded. */
  index: number;
  /** The instant the rule gave: the occurrence's RECURRENCE-ID. */
  originalStart: Date;
  /** The current window: differs from the rule's once rescheduled. */
  start: Date;
  end: Date;
  roomId: string;
  /** The current name of that occurrence's room. */
  name: string;
  status: "active" | "cancelled";
}

export interface SeriesIcsInput {
  seriesId: string;
  name: string;
  /** IANA zone: DTSTART, the rule and every exception are read on its wall clock. */
  zone: string;
  /** The RRULE value without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=10". */
  rrule: string;
  firstStart: Date;
  durationMinutes: number;
  occurrences: SeriesIcsOccurrence[];
  sequence: number;
  organizerEmail?: string;
  stamp: Date;
}

// A series shares no UID with one of its rooms, whose own .ics is `<roomId>@roomdesk`.
const seriesUid = (seriesId: string) => uidIn("series.roomdesk", seriesId);

const roomLocation = (roomId: string) => showableText(`TRTC Conference room ${roomId}`);

function addOverrides(calendar: ICalCalendar, series: SeriesIcsInput, shared: object) {
  for (const o of series.occurrences.filter((occurrence) => isChanged(series, occurrence)))
    calendar.createEvent({
      ...shared,
      recurrenceId: zonedWallTime(o.originalStart, series.zone),
      start: zonedWallTime(o.start, series.zone),
      end: zonedWallTime(o.end, series.zone),
      summary: showableText(o.name),
      location: roomLocation(o.roomId),
      x: { "X-ROOMDESK-ROOM-ID": showableText(o.roomId) },
    });
}

/**
 * One recurring series as one iCalendar file: the master VEVENT with its RRULE and an EXDATE per cancelled
 * occurrence, one VEVENT per changed occurrence under the same UID (RECURRENCE-ID: the rule's instant),
 * and a VTIMEZONE with every offset change the series meets. METHOD:PUBLISH, since it invites nobody.
 * Throws a RangeError naming the field when the input could not make a valid file.
 */
export function seriesIcs(input: SeriesIcsInput): string {
  checkSeriesIcsInput(input);
  const { fromYear, toYear } = seriesYears(input);
  const calendar = ical({
    prodId: { company: "Roomdesk", product: "Meetings", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    scale: "GREGORIAN",
    // Only the generator: a calendar-wide zone name would add X-WR-TIMEZONE, which some readers apply to
    // every time in the file, TZID or not.
    timezone: {
      name: null,
      generator: (zone) => vtimezoneLinesForYears(zone, fromYear, toYear).join("\r\n"),
    },
  });
  const organizer: ICalOrganizer | undefined = input.organizerEmail
    ? { name: input.organizerEmail, email: input.organizerEmail }
    : undefined;
  const shared = {
    // ical-generator writes the UID as given; TEXT escaping is Roomdesk's, as in the single meeting's file.
    id: escapeText(seriesUid(input.seriesId)),
    sequence: input.sequence,
    stamp: input.stamp,
    timezone: input.zone,
    status: ICalEventStatus.CONFIRMED,
    ...(organizer ? { organizer } : {}),
  };
  const cancelled = input.occurrences.filter((o) => o.status === "cancelled").map((o) => o.originalStart);
  const exdate = exdateLine(input.zone, cancelled);
  calendar.createEvent({
    ...shared,
    start: zonedWallTime(input.firstStart, input.zone),
    end: zonedWallTime(new Date(input.firstStart.getTime() + input.durationMinutes * 60_000), input.zone),
    // ical-generator writes EXDATE only beside a rule given as its own object, whose BYDAY takes bare
    // weekdays ("FR", never "-1FR" for the last Friday). The rule therefore goes as text, which
    // ical-generator writes line by line as given, and EXDATE is written beside it with Roomdesk's helpers.
    repeating: [`RRULE:${input.rrule}`, ...(exdate ? [exdate] : [])].join("\n"),
    summary: showableText(input.name),
    description: showableText(roomsDescription(input)),
    x: { "X-ROOMDESK-SERIES-ID": showableText(input.seriesId) },
  });
  addOverrides(calendar, input, shared);
  // Unfolded and folded again by Roomdesk's rule, so every .ics Roomdesk writes breaks lines the same way.
  return toIcsStream(
    calendar
      .toString()
      .replace(/\r\n[ \t]/g, "")
      .split("\r\n"),
  );
}
