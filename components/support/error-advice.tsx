import { Alert } from "@/components/ui/alert";
import { trtcCodeWords } from "@/lib/i18n/describe-trtc-code";
import { useT } from "@/lib/i18n/use-t";

/** The ErrorCode in plain words, and what to do about it. */
export function ErrorAdvice({ code }: { code: number | null }) {
  const t = useT();
  if (code === null || code === 0) return null;
  const d = trtcCodeWords(t, code);
  return (
    <Alert tone="warning" role="status" title={t("support.errorTitle", { code, meaning: d.meaning })}>
      <p>
        <span className="font-medium">{t("support.whatToDo")}</span> {d.action}
      </p>
    </Alert>
  );
}
