import type { ExpandedOccurrence, SeriesExpansion } from "./expand";
import { occurrenceRoomId } from "./room-ids";

/**
 * What the admin chose for an occurrence whose wall time the clocks skip (shift: the same minute after the
 * jump, as a calendar reads it; skip: no meeting that day) or repeat (earlier or later of the two).
 */
export const WALL_CHOICES = ["shift", "skip", "earlier", "later"] as const;
export type WallChoice = (typeof WALL_CHOICES)[number];
/**
 * Choices by the occurrence's date ("YYYY-MM-DD"): a date keeps its choice when the rule changes. Any text
 * may arrive; one that is not among the occurrence's own choices leaves it undecided.
 */
export type WallChoices = Readonly<Record<string, string>>;

export const choicesFor = (o: ExpandedOccurrence): readonly WallChoice[] =>
  o.wall === "skipped" ? ["shift", "skip"] : o.wall === "repeated" ? ["earlier", "later"] : [];

export interface PlannedOccurrence {
  index: number;
  date: string;
  roomId: string;
  /** The instant the rule gives (a calendar's RECURRENCE-ID). */
  originalStart: number;
  /** The instant the room starts at: originalStart unless a repeated time's later happening was chosen. */
  start: number;
  /** Left out by the admin's choice: no room is made for it. */
  skipped: boolean;
}

export interface SeriesPlan {
  occurrences: PlannedOccurrence[];
  /** Occurrences on a skipped or repeated wall time with no valid choice yet: nothing may be sent. */
  unresolved: ExpandedOccurrence[];
}

export function planSeries(expansion: SeriesExpansion, roomIdBase: string, choices: WallChoices): SeriesPlan {
  const unresolved: ExpandedOccurrence[] = [];
  const occurrences: PlannedOccurrence[] = [];
  for (const o of expansion.occurrences) {
    const choice = choices[o.date];
    if (o.wall !== "ok" && !choicesFor(o).some((c) => c === choice)) unresolved.push(o);
    const start = o.wall === "repeated" && choice === "later" ? o.candidates![1] : o.ruleStart;
    occurrences.push({
      index: o.index,
      date: o.date,
      roomId: occurrenceRoomId(roomIdBase, o.date),
      originalStart: o.ruleStart,
      start,
      skipped: o.wall === "skipped" && choice === "skip",
    });
  }
  return { occurrences, unresolved };
}
