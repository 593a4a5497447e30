"use client";

import { useViewerZone } from "@/components/support/local-time";
import { formatLocalInstant } from "@/lib/time";
import { Alert } from "@/components/ui/alert";
import type { RoomLifecycle } from "@/lib/room-events/types";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

/** Said when Tencent reports the room destroyed outside Roomdesk's Cancel: reclaimed, by REST, or in the app. */
export function LifecycleAlert({ lifecycle }: { lifecycle: RoomLifecycle }) {
  const t = useT();
  const zone = useViewerZone();
  const locale = useViewerLocale();
  if (lifecycle.state !== "destroyed") return null;
  const at = zone ? formatLocalInstant(lifecycle.at, zone, locale) : lifecycle.at;
  const words = {
    tencent: ["roomEvents.reclaimedTitle", "roomEvents.reclaimedBody"],
    admin: ["roomEvents.destroyedByAdminTitle", "roomEvents.destroyedByAdminBody"],
    member: ["roomEvents.destroyedByMemberTitle", "roomEvents.destroyedByMemberBody"],
  } as const;
  const [title, body] = words[lifecycle.by];
  return (
    <Alert tone="info" role="status" title={t(title)}>
      {t(body, { at, operator: lifecycle.operator })}
    </Alert>
  );
}
