"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { LocalTime } from "@/components/support/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import { eventSearchOptions } from "@/lib/queries/room-events";
import { roomEventWords } from "@/lib/i18n/describe-room-event";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

const th = "px-3 py-2 text-left text-xs font-medium text-slate-600 uppercase";
const td = "px-3 py-2 align-top";

/**
 * Tencent's events in the support console, by Room ID and account ("did alice join room X?"). The search
 * lives in the URL (`eroom`, `eaccount`) beside the console's own, so a pasted link shows the same.
 * `defaultRoom` is the Room ID the console's box reads, if any.
 */
export function EventSearch({ defaultRoom }: { defaultRoom: string | null }) {
  const t = useT();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const room = params.get("eroom") ?? defaultRoom ?? "";
  const account = params.get("eaccount") ?? "";
  const [draft, setDraft] = useState({ room, account });
  const query = new URLSearchParams({
    ...(room ? { room } : {}),
    ...(account ? { account } : {}),
  }).toString();
  const results = useQuery(eventSearchOptions(query));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const [key, value] of [
      ["eroom", draft.room.trim()],
      ["eaccount", draft.account.trim()],
    ] as const) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    router.push(`${pathname}?${next.toString()}`, { scroll: false });
  }

  return (
    <section aria-labelledby="event-search-heading" className="space-y-3">
      <div>
        <h2 id="event-search-heading" className="text-lg font-semibold text-slate-900">
          {t("roomEvents.searchTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("roomEvents.searchIntro")}</p>
      </div>
      <form
        onSubmit={submit}
        aria-label={t("roomEvents.searchTitle")}
        className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4"
      >
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span className="block">{t("roomEvents.searchRoom")}</span>
          <input
            value={draft.room}
            onChange={(e) => setDraft({ ...draft, room: e.target.value })}
            className={controlClass}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span className="block">{t("roomEvents.searchAccount")}</span>
          <input
            value={draft.account}
            onChange={(e) => setDraft({ ...draft, account: e.target.value })}
            placeholder={t("roomEvents.searchAccountHint")}
            className={controlClass}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <Button type="submit">{t("roomEvents.search")}</Button>
      </form>
      {query === "" ? (
        <p className="text-sm text-slate-600">{t("roomEvents.searchNeedsInput")}</p>
      ) : results.isError ? (
        <Alert tone="error" title={t("support.searchFailed")}>
          {t("support.searchFailedBody")}
        </Alert>
      ) : results.data && results.data.events.length === 0 ? (
        <p className="text-sm text-slate-600">{t("roomEvents.searchEmpty")}</p>
      ) : results.data ? (
        <ScrollBox label={t("support.results")} className="rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="event-results">
            <thead className="bg-slate-50">
              <tr>
                <th className={th}>{t("support.colTime")}</th>
                <th className={th}>{t("roomEvents.colRoom")}</th>
                <th className={th}>{t("support.action")}</th>
                <th className={th}>{t("roomEvents.colAccount")}</th>
                <th className={th}>{t("roomEvents.eventPlatform")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {results.data.events.map((e) => (
                <tr key={e.id} data-testid="event-row">
                  <td className={td}>
                    <Link href={`/support/events/${e.id}`} className="hover:underline">
                      <LocalTime iso={e.at} />
                    </Link>
                  </td>
                  <td className={`${td} font-mono text-xs`}>{e.roomId ?? "—"}</td>
                  <td className={td}>{roomEventWords(t, e)}</td>
                  <td className={td}>{e.accounts.join(", ") || e.operator || "—"}</td>
                  <td className={td}>{e.platform ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
    </section>
  );
}
