import { canonicalZone, isValidTimeZone } from "@/lib/time";

const KEY = "roomdesk.recentZones";
const KEEP = 5;

/** The zones this browser picked last, newest first; nothing when storage is off or holds junk. */
export function readRecentZones(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((z): z is string => typeof z === "string" && isValidTimeZone(z)).slice(0, KEEP);
  } catch {
    return [];
  }
}

export function rememberZone(zone: string): void {
  const canonical = canonicalZone(zone);
  try {
    const recent = [canonical, ...readRecentZones().filter((z) => z !== canonical)].slice(0, KEEP);
    localStorage.setItem(KEY, JSON.stringify(recent));
  } catch {
    // Private windows may refuse storage: the picker then just has no recent zones.
  }
}
