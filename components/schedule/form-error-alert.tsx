import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { FormFailure } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

export interface FormError extends FormFailure {
  /** Where the admin can go from here, e.g. the room that already holds this Room ID. */
  links?: { href: string; label: string }[];
}

/** A refusal from the server or Tencent, with what support needs to trace it. */
export function FormErrorAlert({ error }: { error: FormError }) {
  const t = useT();
  return (
    <Alert tone="error" title={t("scheduleForm.notScheduled")}>
      <p>{error.message}</p>
      {error.details?.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {error.links?.length ? (
        <p className="mt-2 flex flex-wrap gap-4">
          {error.links.map((link) => (
            <Link key={link.href} href={link.href} className="font-medium underline underline-offset-2">
              {link.label}
            </Link>
          ))}
        </p>
      ) : null}
      {error.code || error.requestId ? (
        <p className="mt-2 text-xs">
          {error.code ? (
            <>
              {t("scheduleForm.code")} <code className="font-mono">{error.code}</code>
            </>
          ) : null}
          {error.requestId ? (
            <>
              {" · "}
              {t("scheduleForm.requestId")} <code className="font-mono select-all">{error.requestId}</code>
            </>
          ) : null}
        </p>
      ) : null}
    </Alert>
  );
}
