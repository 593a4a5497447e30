"use client";

import { Alert } from "@/components/ui/alert";
import { translator } from "@/lib/i18n/translate";

const t = translator();

/** A refused read in Tencent's words (the route's 502 body); the next refresh tries again. */
export function ReadError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return <Alert tone="error">{t("people.error.readFailed", { message })}</Alert>;
}
