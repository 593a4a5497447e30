import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { CallbackArrivals } from "@/components/callbacks/callback-arrivals";
import { CallbackConfigForm } from "@/components/callbacks/callback-config-form";
import { Alert } from "@/components/ui/alert";
import { failureSentence } from "@/lib/i18n/describe-failure";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { requireRole } from "@/lib/server/auth/guard";
import { readCallbackConfig } from "@/lib/server/callbacks/configuration";
import { callbackCounts } from "@/lib/server/callbacks/counters";
import { getApp } from "@/lib/server/app";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell"))("navCallbacks") };
}

const RECEIVER_PATH = "/api/trtc/callback";

/** Where Tencent should post: the configured public URL, else a guess from the address this page was opened at. */
async function expectedUrl(publicUrl: string | null): Promise<{ url: string; guessed: boolean }> {
  if (publicUrl) return { url: `${publicUrl}${RECEIVER_PATH}`, guessed: false };
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return { url: `${proto}://${host}${RECEIVER_PATH}`, guessed: true };
}

export default async function CallbacksPage() {
  const actor = await requireRole("admin");
  const t = await requestTranslator();
  const app = await getApp();
  const [read, counts, expected] = await Promise.all([
    readCallbackConfig(app, actor),
    callbackCounts(app.db),
    expectedUrl(app.config.callbacks.publicUrl),
  ]);
  const current = read.kind === "read" ? read.config : null;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("callbacks.title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("callbacks.intro")}</p>
      </header>
      <section aria-labelledby="current" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="current" className="mb-3 text-lg font-semibold">
          {t("callbacks.currentHeading")}
        </h2>
        {read.kind === "failed" ? (
          <Alert tone="error" title={t("callbacks.readFailed")}>
            {failureSentence(t, read.failure)}
          </Alert>
        ) : current && current.url ? (
          <dl
            className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]"
            data-testid="current-config"
          >
            <dt className="font-medium text-slate-600">{t("callbacks.currentUrl")}</dt>
            <dd className="font-mono break-all">{current.url}</dd>
            <dt className="font-medium text-slate-600">{t("callbacks.currentCommands")}</dt>
            <dd className="font-mono text-xs">{current.commands.join(", ")}</dd>
          </dl>
        ) : (
          <p className="text-sm text-slate-600">{t("callbacks.none")}</p>
        )}
        {current?.otherCommands.length ? (
          <p className="mt-2 text-sm text-slate-600">
            {t("callbacks.otherCommands", { names: current.otherCommands.join(", ") })}
          </p>
        ) : null}
        {current ? (
          <p className="mt-2 text-xs text-slate-500">
            {t("callbacks.readRequestId", { requestId: current.requestId })}
          </p>
        ) : null}
      </section>
      <CallbackConfigForm
        current={current ? { url: current.url, commands: current.commands } : null}
        expected={expected}
      />
      <CallbackArrivals counts={counts} />
    </div>
  );
}
