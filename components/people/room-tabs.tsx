"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/use-t";
import { meetingKeys } from "@/lib/queries/meetings";
import { peopleKeys } from "@/lib/queries/people";
import { PeopleTab } from "./people-tab";
import { SeatsTab } from "./seats-tab";

type Tab = "people" | "seats";

/**
 * People and, when the room has seats, Seats: a tablist in the WAI-ARIA pattern (arrow keys move between
 * tabs, Tab goes into the panel). A write's result is said once here, and every list and the room's
 * timeline are read again so its audit row shows.
 */
export function RoomTabs({
  roomId,
  canManage,
  hasSeats,
  viewerZone,
}: {
  roomId: string;
  canManage: boolean;
  hasSeats: boolean;
  viewerZone: string | null;
}) {
  const t = useT();
  const tabs: Tab[] = hasSeats ? ["people", "seats"] : ["people"];
  const [current, setCurrent] = useState<Tab>("people");
  const [message, setMessage] = useState<string | null>(null);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const queryClient = useQueryClient();

  const changed = async (text: string) => {
    setMessage(text);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKeys.all(roomId) }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.detail(roomId) }),
    ]);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const at = tabs.indexOf(current);
    const next = tabs[(at + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]!;
    setCurrent(next);
    refs.current[next]?.focus();
  };

  return (
    <section
      aria-label={t("people.tabs")}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
    >
      <div
        role="tablist"
        aria-label={t("people.tabs")}
        className="flex gap-1 border-b border-slate-200"
        onKeyDown={onKey}
      >
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`room-tab-${tab}`}
            aria-selected={tab === current}
            aria-controls={`room-panel-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => setCurrent(tab)}
            className={cx(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
              focusRing,
              tab === current
                ? "border-slate-900 text-slate-900"
                : "border-transparent text-slate-600 hover:text-slate-800",
            )}
          >
            {t(tab === "people" ? "people.tabPeople" : "people.tabSeats")}
          </button>
        ))}
      </div>
      {message ? (
        <Alert tone="info" role="status">
          {message}
        </Alert>
      ) : null}
      <div role="tabpanel" id={`room-panel-${current}`} aria-labelledby={`room-tab-${current}`}>
        {current === "people" ? (
          <PeopleTab roomId={roomId} canManage={canManage} viewerZone={viewerZone} onChanged={changed} />
        ) : (
          <SeatsTab roomId={roomId} canManage={canManage} onChanged={changed} />
        )}
      </div>
    </section>
  );
}
