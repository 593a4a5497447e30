"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";
import type { SeatView } from "@/lib/people/types";
import { membersOptions, seatsOptions } from "@/lib/queries/people";
import { ReadError } from "./read-error";
import { SeatActionDialog, type SeatAction } from "./seat-action-forms";

/** The room's seats (0-based, as Tencent numbers them), each with its occupant and three locks. */
export function SeatsTab({
  roomId,
  canManage,
  onChanged,
}: {
  roomId: string;
  canManage: boolean;
  onChanged: (message: string) => void;
}) {
  const t = useT();
  const seats = useQuery(seatsOptions(roomId));
  const members = useInfiniteQuery(membersOptions(roomId));
  const [open, setOpen] = useState<SeatAction | null>(null);
  const seated = new Set(seats.data?.map((s) => s.account).filter(Boolean));
  const candidates = (members.data?.pages.flatMap((p) => p.members) ?? [])
    .map((m) => m.account)
    .filter((a) => !seated.has(a));

  return (
    <section aria-labelledby="seats-heading" className="space-y-3">
      <h3 id="seats-heading" className="text-base font-semibold text-slate-900">
        {t("seats.heading")}
      </h3>
      {!canManage ? <p className="text-sm text-slate-600">{t("people.readOnly")}</p> : null}
      {seats.isPending ? (
        <p className="text-sm text-slate-500">{t("seats.loading")}</p>
      ) : seats.isError ? (
        <ReadError error={seats.error} />
      ) : seats.data.length === 0 ? (
        <p className="text-sm text-slate-500">{t("seats.none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {seats.data.map((seat) => (
            <SeatCard
              key={seat.index}
              seat={seat}
              canManage={canManage}
              open={setOpen}
              canPick={candidates.length > 0}
            />
          ))}
        </ul>
      )}
      {open ? (
        <SeatActionDialog
          roomId={roomId}
          action={open}
          candidates={candidates}
          onDone={onChanged}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}

function SeatCard(props: {
  seat: SeatView;
  canManage: boolean;
  canPick: boolean;
  open: (a: SeatAction) => void;
}) {
  const t = useT();
  const { seat, open } = props;
  const headingId = `seat-${seat.index}-heading`;
  const locks = [
    seat.takenLocked && t("seats.takenLocked"),
    seat.videoLocked && t("seats.videoLocked"),
    seat.audioLocked && t("seats.audioLocked"),
  ].filter(Boolean);
  return (
    <li
      aria-labelledby={headingId}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <h4 id={headingId} className="font-semibold text-slate-900">
        {t("seats.seat", { index: seat.index })}
      </h4>
      <p className="font-mono text-xs">{seat.account || t("seats.free")}</p>
      <p className="text-xs text-slate-600">
        {t("seats.locks")}: {locks.length ? locks.join(", ") : t("seats.unlocked")}
      </p>
      {props.canManage ? (
        <div className="flex flex-wrap gap-1">
          {seat.account === "" && !seat.takenLocked && props.canPick ? (
            <Button size="sm" variant="secondary" onClick={() => open({ kind: "pick", seat })}>
              {t("seats.putOn", { index: seat.index })}
            </Button>
          ) : null}
          {seat.account !== "" ? (
            <Button size="sm" variant="secondary" onClick={() => open({ kind: "kick", seat })}>
              {t("seats.takeOff", { account: seat.account })}
            </Button>
          ) : null}
          <Button
            size="sm"
            variant="secondary"
            onClick={() => open({ kind: "lock", seat, flag: "taken", on: !seat.takenLocked })}
          >
            {t(seat.takenLocked ? "seats.unlock" : "seats.lock", { index: seat.index })}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => open({ kind: "lock", seat, flag: "video", on: !seat.videoLocked })}
            aria-label={`${t(seat.videoLocked ? "seats.unlockVideo" : "seats.lockVideo")} · ${t("seats.seat", { index: seat.index })}`}
          >
            {t(seat.videoLocked ? "seats.unlockVideo" : "seats.lockVideo")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => open({ kind: "lock", seat, flag: "audio", on: !seat.audioLocked })}
            aria-label={`${t(seat.audioLocked ? "seats.unlockAudio" : "seats.lockAudio")} · ${t("seats.seat", { index: seat.index })}`}
          >
            {t(seat.audioLocked ? "seats.unlockAudio" : "seats.lockAudio")}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
