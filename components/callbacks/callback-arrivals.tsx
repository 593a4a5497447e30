"use client";

import { LocalTime } from "@/components/support/local-time";
import { useT } from "@/lib/i18n/use-t";
import { CALLBACK_COMMAND_NAMES } from "@/lib/trtc/callbacks";
import type { CallbackCountsView } from "@/lib/room-events/types";
import { CALLBACK_COMMAND_KEYS } from "@/lib/i18n/callback-command-keys";
import { ScrollBox } from "@/components/ui/scroll-box";

const th = "py-2 pr-4 text-left font-medium";
const td = "py-2 pr-4 align-top";
const REASONS = new Set([
  "network",
  "sdkAppId",
  "missingSign",
  "staleRequestTime",
  "badSign",
  "tooLarge",
  "notJson",
  "commandMismatch",
  "malformed",
]);

/** When each command last arrived, how many were stored and dropped as redeliveries, and what was refused. */
export function CallbackArrivals({ counts }: { counts: CallbackCountsView }) {
  const t = useT();
  const byCommand = new Map(counts.commands.map((c) => [c.command, c]));
  const names = [...CALLBACK_COMMAND_NAMES, ...counts.commands.map((c) => c.command)].filter(
    (n, i, all) => all.indexOf(n) === i,
  );
  return (
    <div className="space-y-6">
      <section aria-labelledby="arrivals" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="arrivals" className="mb-3 text-lg font-semibold">
          {t("callbacks.arrivalsHeading")}
        </h2>
        <ScrollBox label={t("callbacks.arrivalsHeading")}>
          <table className="w-full text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className={th}>{t("callbacks.colCommand")}</th>
                <th className={th}>{t("callbacks.colLast")}</th>
                <th className={th}>{t("callbacks.colStored")}</th>
                <th className={th}>{t("callbacks.colDuplicates")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {names.map((name) => {
                const c = byCommand.get(name);
                const key = CALLBACK_COMMAND_KEYS[name as keyof typeof CALLBACK_COMMAND_KEYS];
                return (
                  <tr key={name} data-command={name}>
                    <td className={td}>
                      {key ? t(`callbacks.command.${key}`) : name}
                      <span className="block font-mono text-xs text-slate-500">{name}</span>
                    </td>
                    <td className={td}>
                      {c?.lastArrivedAt ? <LocalTime iso={c.lastArrivedAt} /> : t("callbacks.never")}
                    </td>
                    <td className={`${td} tabular-nums`}>{c?.stored ?? 0}</td>
                    <td className={`${td} tabular-nums`}>{c?.duplicates ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <section aria-labelledby="refusals" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="refusals" className="mb-3 text-lg font-semibold">
          {t("callbacks.refusalsHeading")}
        </h2>
        {counts.refused.length === 0 ? (
          <p className="text-sm text-slate-500">{t("callbacks.noRefusals")}</p>
        ) : (
          <ScrollBox label={t("callbacks.refusalsHeading")}>
            <table className="w-full text-sm">
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className={th}>{t("callbacks.colReason")}</th>
                  <th className={th}>{t("callbacks.colCount")}</th>
                  <th className={th}>{t("callbacks.colLastRefused")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {counts.refused.map((r) => (
                  <tr key={r.reason} data-reason={r.reason}>
                    <td className={td}>
                      {REASONS.has(r.reason)
                        ? t(`callbacks.reason.${r.reason as "network"}`)
                        : t("callbacks.reason.other", { reason: r.reason })}
                    </td>
                    <td className={`${td} tabular-nums`}>{r.count}</td>
                    <td className={td}>
                      <LocalTime iso={r.lastAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>
    </div>
  );
}
