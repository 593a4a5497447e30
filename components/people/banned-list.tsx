"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";
import type { BannedView } from "@/lib/people/types";
import { formatInZone } from "@/lib/time";
import { ReadError } from "./read-error";

/** Active bans with when each ends, in the viewer's own zone (UTC until the browser says which). */
export function BannedList(props: {
  banned: UseQueryResult<BannedView[]>;
  canManage: boolean;
  viewerZone: string | null;
  onUnban: (account: string) => void;
}) {
  const t = useT();
  const { banned } = props;
  const zone = props.viewerZone ?? "UTC";
  return (
    <section aria-labelledby="banned-heading" className="space-y-3">
      <h3 id="banned-heading" className="text-base font-semibold text-slate-900">
        {t("people.bannedHeading")}
      </h3>
      {banned.isPending ? null : banned.isError ? (
        <ReadError error={banned.error} />
      ) : banned.data.length === 0 ? (
        <p className="text-sm text-slate-500">{t("people.bannedEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {banned.data.map((b) => (
            <li key={b.account} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-mono text-xs">{b.account}</span>{" "}
                <span className="text-slate-600">
                  {t("people.bannedUntil", { until: formatInZone(b.until, zone) })}
                </span>
              </span>
              {props.canManage ? (
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={`${t("people.unban")} ${b.account}`}
                  onClick={() => props.onUnban(b.account)}
                >
                  {t("people.unban")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
