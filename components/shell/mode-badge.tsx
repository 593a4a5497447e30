/** Which TRTC the app talks to; "Sandbox" whenever it is not Tencent, so nobody mistakes a test for real. */
import { useT } from "@/lib/i18n/use-t";

export function ModeBadge({ mode, region }: { mode: "tencent" | "sandbox"; region: string }) {
  const t = useT();
  if (mode === "sandbox") {
    return (
      <span
        className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300"
        title={t("shell.sandboxTitle")}
        data-testid="sandbox-badge"
      >
        {t("shell.sandbox")}
      </span>
    );
  }
  return (
    <span className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">
      {t("shell.tencent", { region })}
    </span>
  );
}
