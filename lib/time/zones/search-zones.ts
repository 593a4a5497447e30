import { searchKey, type ZoneEntry, type ZoneTerm } from "./zone-index";

export interface ZoneMatch {
  entry: ZoneEntry;
  /** The term that found the zone when it was not the zone's own name ("Osaka" for Asia/Tokyo). */
  via?: ZoneTerm;
}

const OFFSET = /^(?:gmt|utc)?\s*([+\-\u2212])\s*(\d{1,2})(?::?([0-5]\d))?$/;

/** "GMT+9", "UTC-3:30", "+05:45", "+0545" as minutes east of UTC; null for anything else. */
export function parseOffsetQuery(query: string): number | null {
  const m = OFFSET.exec(searchKey(query).replaceAll(" ", ""));
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === "+" ? minutes : -minutes;
}

// Lower is better: the whole term, then a word of it from its start, then anywhere inside.
const EXACT = 0;
const WORD_START = 1;
const INSIDE = 2;
const NONE = 3;

function termRank(term: ZoneTerm, q: string): number {
  const words = term.key.split(/[\s/,-]+/);
  // A zone's (or old name's) city part counts as the whole: "kyiv" is Europe/Kyiv exactly.
  const namesCity = (term.kind === "name" || term.kind === "formerly") && words.at(-1) === q;
  if (term.key === q || namesCity) return EXACT;
  if (term.key.startsWith(q) || words.some((w) => w.startsWith(q))) return WORD_START;
  // "st" inside "PST" is noise: abbreviations match from their start only.
  if (term.kind !== "abbreviation" && term.key.includes(q)) return INSIDE;
  return NONE;
}

function bestTerm(entry: ZoneEntry, q: string): { rank: number; term?: ZoneTerm } {
  let best: { rank: number; term?: ZoneTerm } = { rank: NONE };
  for (const term of entry.terms) {
    const rank = termRank(term, q);
    if (rank < best.rank) best = { rank, term };
  }
  return best;
}

/**
 * The zones a query finds, best first: by name, old name, city, country, abbreviation or offset on the
 * meeting's date. Ties go to `preferred` (the viewer's zone, recent, common) and then to the name, so the
 * zone people mean is at the top where Enter picks it. An empty query lists every zone in that order.
 */
export function searchZones(entries: readonly ZoneEntry[], query: string, preferred: readonly string[] = []) {
  const order = new Map(preferred.map((zone, i) => [zone, i]));
  const pref = (e: ZoneEntry) => order.get(e.zone) ?? preferred.length;
  const q = searchKey(query);
  const offset = parseOffsetQuery(query);
  const scored: { match: ZoneMatch; rank: number }[] = [];
  for (const entry of entries) {
    if (q === "" || offset !== null) {
      if (offset === null || entry.offsetMinutes === offset) scored.push({ match: { entry }, rank: EXACT });
      continue;
    }
    const { rank, term } = bestTerm(entry, q);
    if (rank === NONE) continue;
    scored.push({ match: { entry, via: term?.kind === "name" ? undefined : term }, rank });
  }
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        pref(a.match.entry) - pref(b.match.entry) ||
        a.match.entry.zone.localeCompare(b.match.entry.zone),
    )
    .map((s) => s.match);
}
