"use client";

import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";

/**
 * What a page that failed while rendering shows (an error boundary, so a client component). Next hides the
 * error's text in production; its digest is what the server log is searched by, so support gets that.
 */
export default function RouteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useT();
  return (
    <StatusPage title={t("feedback.errorTitle")} body={t("feedback.errorBody")}>
      <Button onClick={reset}>{t("feedback.tryAgain")}</Button>
      <Link href="/" className="text-sm font-medium underline">
        {t("pages.backHome")}
      </Link>
      {error.digest ? (
        <p className="w-full text-xs text-slate-500">
          {t("feedback.errorReference")} <code className="font-mono select-all">{error.digest}</code>
        </p>
      ) : null}
    </StatusPage>
  );
}
