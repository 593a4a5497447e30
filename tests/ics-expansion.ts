import ICAL from "ical.js";

export interface ExpandedOccurrence {
  /** Epoch seconds, as ical.js reads them through the file's own VTIMEZONE. */
  start: number;
  end: number;
  /** The wall clock in the occurrence's zone, "2027-10-26T09:00:00". */
  wall: string;
  name: string;
  tzid: string;
  /** What the file's VTIMEZONE says the UTC offset is at the start, in seconds. */
  vtimezoneOffset: number;
}

/**
 * A calendar reader's view of a recurring event: ical.js parses the file and runs its own recurrence
 * iterator over the master, honouring EXDATE and relating every RECURRENCE-ID exception to it.
 */
export function expandIcs(ics: string, limit = 500) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  const masters = events.filter((e) => !e.hasProperty("recurrence-id"));
  const master = masters[0];
  if (!master || masters.length !== 1) throw new Error(`expected one master VEVENT, found ${masters.length}`);
  const exceptions = events.filter((e) => e.hasProperty("recurrence-id"));
  const event = new ICAL.Event(master, { exceptions, strictExceptions: true });
  const vtimezones = calendar.getAllSubcomponents("vtimezone").map((c) => new ICAL.Timezone(c));
  const occurrences: ExpandedOccurrence[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (occurrences.length === limit) throw new Error(`more than ${limit} occurrences`);
    const details = event.getOccurrenceDetails(next);
    const tzid = details.startDate.zone?.tzid ?? "floating";
    const vtimezone = vtimezones.find((tz) => tz.tzid === tzid);
    occurrences.push({
      start: details.startDate.toUnixTime(),
      end: details.endDate.toUnixTime(),
      wall: details.startDate.toString(),
      name: details.item.summary,
      tzid,
      vtimezoneOffset: vtimezone ? vtimezone.utcOffset(details.startDate) : NaN,
    });
  }
  return { calendar, master, exceptions, vtimezones, occurrences };
}
