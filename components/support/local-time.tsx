"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** null on the server and during hydration (the server's zone is not the viewer's), the browser's zone after. */
export const useViewerZone = () => useSyncExternalStore(noSubscription, browserZone, () => null);

export function formatLocal(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: zone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

export const formatUtc = (iso: string) => `${iso.replace("T", " ").replace("Z", "")} UTC`;

/** The viewer's local time, with the UTC instant on hover (and as machine-readable dateTime). */
export function LocalTime({ iso }: { iso: string }) {
  const zone = useViewerZone();
  return (
    <time dateTime={iso} title={formatUtc(iso)} className="tabular-nums whitespace-nowrap">
      {zone ? formatLocal(iso, zone) : formatUtc(iso)}
    </time>
  );
}
