/**
 * At server start: validates configuration, so a bad variable stops the server with a clear message, and
 * starts this instance's reconciler, which settles schedulings whose outcome Tencent did not confirm.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/server/config");
  const config = getConfig();
  const { startReconciler } = await import("@/lib/server/meetings/reconciler");
  const { getApp } = await import("@/lib/server/app");
  startReconciler(getApp, config.reliability.reconcilerIntervalMs);
}
