/**
 * Meeting search finds text anywhere in a name, Room ID, owner or invitee from this many characters on
 * (trigram indexes need three); a shorter search matches the start of them. Shared so the search box can
 * say which the person is getting.
 */
export const SUBSTRING_MIN_CHARS = 3;

export const searchKind = (q: string): "substring" | "prefix" =>
  [...q.trim()].length >= SUBSTRING_MIN_CHARS ? "substring" : "prefix";
