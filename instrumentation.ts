/**
 * At server start: validates configuration, so a bad variable stops the server with a clear message;
 * starts this instance's reconciler, which settles schedulings whose outcome Tencent did not confirm, and
 * its worker for spreadsheet jobs, which also resumes the rows of an instance that was killed; and
 * publishes the callback receiver and the support lookup for server.mjs to answer before Next, and the
 * server actions' gate it runs before handing an action to Next (lib/http/node-routes.mjs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig, isDevServer } = await import("@/lib/server/config");
  const config = getConfig();
  const { startReconciler } = await import("@/lib/server/meetings/reconciler");
  const { getApp } = await import("@/lib/server/app");
  startReconciler(getApp, config.reliability.reconcilerIntervalMs);
  const { startBulkWorker } = await import("@/lib/server/bulk/start");
  startBulkWorker(getApp, config);

  const { publishActionGate, publishNodeRoute } = await import("@/lib/http/node-routes.mjs");
  const { httpReceiverDeps } = await import("@/lib/server/callbacks/http-receiver");
  const { nodeCallbackReceiver } = await import("@/lib/server/callbacks/node-receiver");
  publishNodeRoute("POST", "/api/trtc/callback", nodeCallbackReceiver(httpReceiverDeps));
  const { nodeActionGate } = await import("@/lib/server/http/action-gate");
  publishActionGate(nodeActionGate(() => getConfig().auth));
  const { nodeSupportLookup, SUPPORT_SEARCH_PATH } = await import("@/lib/server/support/node-lookup");
  publishNodeRoute(
    "GET",
    SUPPORT_SEARCH_PATH,
    nodeSupportLookup({ auth: config.auth, dev: isDevServer() }, getApp),
  );
}
