"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/use-t";
import type { MemberView } from "@/lib/people/types";
import { bannedOptions, membersOptions } from "@/lib/queries/people";
import { BannedList } from "./banned-list";
import { MemberActionDialog, type MemberActionKind } from "./member-action-forms";
import { ReadError } from "./read-error";
import { ScrollBox } from "@/components/ui/scroll-box";

/** Actions on a selection, and those that need exactly one member. */
const MANY: MemberActionKind[] = ["remove", "ban", "setMarks", "clearMarks"];
const ONE: MemberActionKind[] = ["makeAdmin", "makeMember", "nameCard", "owner"];
const LABEL = {
  remove: "people.remove",
  ban: "people.ban",
  unban: "people.unban",
  makeAdmin: "people.makeAdmin",
  makeMember: "people.makeMember",
  nameCard: "people.editNameCard",
  setMarks: "people.setMarks",
  clearMarks: "people.clearMarks",
  owner: "people.makeOwner",
} as const satisfies Record<MemberActionKind, string>;

/**
 * Who is in the room, refreshed every few seconds while the browser tab is visible. Administrators select
 * members and act on them through a confirmation naming them; support sees the same lists, without actions.
 */
export function PeopleTab({
  roomId,
  canManage,
  viewerZone,
  onChanged,
}: {
  roomId: string;
  canManage: boolean;
  viewerZone: string | null;
  onChanged: (message: string) => void;
}) {
  const t = useT();
  const members = useInfiniteQuery(membersOptions(roomId));
  const banned = useQuery(bannedOptions(roomId));
  const [filter, setFilter] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<{ kind: MemberActionKind; accounts: string[] } | null>(null);

  const all = useMemo(() => members.data?.pages.flatMap((p) => p.members) ?? [], [members.data]);
  const shown = filter.trim() === "" ? all : all.filter((m) => m.account.includes(filter.trim()));
  const owner = all.find((m) => m.role === "owner")?.account;
  const toggle = (account: string) =>
    setSelected((s) => (s.includes(account) ? s.filter((a) => a !== account) : [...s, account]));
  const done = (message: string) => {
    setSelected([]);
    onChanged(message);
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="people-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h3 id="people-heading" className="text-base font-semibold text-slate-900">
              {t("people.heading")}
            </h3>
            <p className="text-xs text-slate-500">{t("people.refreshNote")}</p>
          </div>
          <label className="space-y-1 text-sm font-medium text-slate-800">
            <span className="block">{t("people.filterLabel")}</span>
            <input
              className={controlClass}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              aria-describedby="people-filter-hint"
            />
            <span id="people-filter-hint" className="block text-xs font-normal text-slate-500">
              {t("people.filterHint")}
            </span>
          </label>
        </div>
        {!canManage ? <p className="text-sm text-slate-600">{t("people.readOnly")}</p> : null}
        {canManage ? (
          <div
            role="toolbar"
            aria-label={t("people.selected", { count: selected.length })}
            className="flex flex-wrap items-center gap-2"
          >
            <span className="text-sm text-slate-700" aria-live="polite">
              {t("people.selected", { count: selected.length })}
            </span>
            {MANY.map((kind) => (
              <Button
                key={kind}
                size="sm"
                variant="secondary"
                disabled={selected.length === 0}
                onClick={() => setOpen({ kind, accounts: selected })}
              >
                {t(LABEL[kind])}
              </Button>
            ))}
            {ONE.map((kind) => (
              <Button
                key={kind}
                size="sm"
                variant="secondary"
                disabled={selected.length !== 1}
                onClick={() => setOpen({ kind, accounts: selected })}
              >
                {t(LABEL[kind])}
              </Button>
            ))}
          </div>
        ) : null}
        {members.isPending ? (
          <p className="text-sm text-slate-500">{t("people.loading")}</p>
        ) : members.isError ? (
          <ReadError error={members.error} />
        ) : all.length === 0 ? (
          <p className="text-sm text-slate-500">{t("people.empty")}</p>
        ) : (
          <MemberTable members={shown} canManage={canManage} selected={selected} toggle={toggle} />
        )}
        <div className="flex items-center gap-3">
          <span className="text-sm text-slate-500">{t("people.count", { shown: shown.length })}</span>
          {members.hasNextPage ? (
            <Button
              size="sm"
              variant="secondary"
              disabled={members.isFetchingNextPage}
              onClick={() => void members.fetchNextPage()}
            >
              {t("people.loadMore")}
            </Button>
          ) : null}
        </div>
      </section>
      <BannedList
        banned={banned}
        canManage={canManage}
        viewerZone={viewerZone}
        onUnban={(account) => setOpen({ kind: "unban", accounts: [account] })}
      />
      {open ? (
        <MemberActionDialog
          kind={open.kind}
          roomId={roomId}
          accounts={open.accounts}
          owner={owner}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}

function MemberTable(props: {
  members: MemberView[];
  canManage: boolean;
  selected: string[];
  toggle: (account: string) => void;
}) {
  const t = useT();
  return (
    <ScrollBox label={t("people.heading")}>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            {props.canManage ? (
              <th className="py-2 pr-4 font-medium">
                <span className="sr-only">{t("people.colSelect")}</span>
              </th>
            ) : null}
            <th className="py-2 pr-4 font-medium">{t("people.colAccount")}</th>
            <th className="py-2 pr-4 font-medium">{t("people.colNameCard")}</th>
            <th className="py-2 pr-4 font-medium">{t("people.colRole")}</th>
            <th className="py-2 font-medium">{t("people.colMarks")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.members.map((m) => (
            <tr key={m.account}>
              {props.canManage ? (
                <td className="py-2 pr-4">
                  <input
                    type="checkbox"
                    checked={props.selected.includes(m.account)}
                    onChange={() => props.toggle(m.account)}
                    aria-label={t("people.selectMember", { account: m.account })}
                  />
                </td>
              ) : null}
              <td className="py-2 pr-4 font-mono text-xs">{m.account}</td>
              <td className="py-2 pr-4">{m.nameCard}</td>
              <td className="py-2 pr-4">{t("people.role", { role: m.role })}</td>
              <td className="py-2 tabular-nums">
                {m.marks.length ? m.marks.join(", ") : t("people.noMarks")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
