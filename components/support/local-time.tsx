"use client";

import { useSyncExternalStore } from "react";
import { useViewerLocale } from "@/lib/i18n/use-t";
import { formatLocalInstant } from "@/lib/time";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** null on the server and during hydration (the server's zone is not the viewer's), the browser's zone after. */
export const useViewerZone = () => useSyncExternalStore(noSubscription, browserZone, () => null);

export const formatLocal = (iso: string, zone: string, locale?: string) =>
  formatLocalInstant(iso, zone, locale);

export const formatUtc = (iso: string) => `${iso.replace("T", " ").replace("Z", "")} UTC`;

/** The viewer's local time, with the UTC instant on hover (and as machine-readable dateTime). */
export function LocalTime({ iso }: { iso: string }) {
  const zone = useViewerZone();
  const locale = useViewerLocale();
  return (
    <time dateTime={iso} title={formatUtc(iso)} className="tabular-nums whitespace-nowrap">
      {zone ? formatLocal(iso, zone, locale) : formatUtc(iso)}
    </time>
  );
}
