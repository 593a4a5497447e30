"use client";

import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n/use-t";

/** A refused read in Tencent's words (the route's 502 body); the next refresh tries again. */
export function ReadError({ error }: { error: unknown }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  return <Alert tone="error">{t("people.error.readFailed", { message })}</Alert>;
}
