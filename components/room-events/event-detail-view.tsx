"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { JsonPanel } from "@/components/support/json-panel";
import { LocalTime } from "@/components/support/local-time";
import type { RoomEventDetail } from "@/lib/room-events/types";
import { roomEventWords } from "@/lib/i18n/describe-room-event";
import { useT } from "@/lib/i18n/use-t";

export function EventDetailView({ event }: { event: RoomEventDetail }) {
  const t = useT();
  const facts: [string, ReactNode][] = [
    [t("roomEvents.eventHappened"), <LocalTime key="at" iso={event.at} />],
    [t("roomEvents.eventReceived"), <LocalTime key="received" iso={event.receivedAt} />],
    [t("roomEvents.eventCommand"), <code key="command">{event.command}</code>],
    [
      t("roomEvents.eventRoom"),
      event.roomId ? (
        <Link
          key="room"
          href={`/meetings/${encodeURIComponent(event.roomId)}`}
          className="font-mono hover:underline"
        >
          {event.roomId}
        </Link>
      ) : (
        "—"
      ),
    ],
    [t("roomEvents.eventOperator"), event.operator || "—"],
    [t("roomEvents.eventAccounts"), event.accounts.join(", ") || "—"],
    [t("roomEvents.eventPlatform"), event.platform ?? "—"],
    [t("roomEvents.eventClientIp"), event.clientIp ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <Link href="/support" className="text-sm text-slate-500 hover:underline">
          {t("support.title")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{roomEventWords(t, event)}</h1>
        <p className="text-sm text-slate-600">{t("roomEvents.eventTitle")}</p>
      </header>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white p-6 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <JsonPanel id="event-body" title={t("roomEvents.eventBody")} body={JSON.stringify(event.body)} />
    </div>
  );
}
