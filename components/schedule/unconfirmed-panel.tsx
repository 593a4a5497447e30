"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useEffectEvent } from "react";
import { Alert } from "@/components/ui/alert";
import type { UnconfirmedFailure } from "@/lib/actions/result";
import { intentProgressOptions } from "@/lib/queries/meetings";
import { useT } from "@/lib/i18n/use-t";

interface UnconfirmedPanelProps {
  failure: UnconfirmedFailure;
  /** Called once Roomdesk knows the answer (the reconciler settled the intent): resending it replays that. */
  onSettled(): void;
}

/**
 * Tencent did not confirm whether the room was made. Roomdesk keeps checking (its reconciler settles the
 * intent on its own); this panel watches the intent and hands over the answer when there is one.
 */
export function UnconfirmedPanel({ failure, onSettled }: UnconfirmedPanelProps) {
  const t = useT();
  const { intentId, roomId } = failure.unconfirmed;
  const progress = useQuery(intentProgressOptions(intentId));
  const settled = progress.data?.settled ?? false;
  const settle = useEffectEvent(() => onSettled());
  useEffect(() => {
    if (settled) settle();
  }, [settled]);

  return (
    <Alert tone="warning" role="status" title={t("scheduleForm.unconfirmedTitle")}>
      <p>{failure.error?.message}</p>
      <p className="mt-2">
        {t.rich("scheduleForm.checking", {
          link: (chunks) => (
            <Link className="underline underline-offset-2" href={`/meetings?q=${encodeURIComponent(roomId)}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      {failure.error?.requestId ? (
        <p className="mt-2 text-xs">
          {t("scheduleForm.requestId")}{" "}
          <code className="font-mono select-all">{failure.error.requestId}</code>
        </p>
      ) : null}
    </Alert>
  );
}
