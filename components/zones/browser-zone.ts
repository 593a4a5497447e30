import { canonicalZone, isValidTimeZone } from "@/lib/time";

/** The browser's zone under its current name (Chromium reports "Asia/Calcutta" for Kolkata). */
export function browserZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? canonicalZone(zone) : null;
}
