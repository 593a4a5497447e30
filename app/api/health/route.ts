import { sql } from "kysely";
import { allowAnonymous } from "@/lib/server/auth/guard";
import { getTrtcStatus } from "@/lib/server/trtc-status";
import { getApp } from "@/lib/server/app";

export const dynamic = "force-dynamic";

/** Liveness for operators and load balancers: database reachable, TRTC mode and region. Never a secret. */
export async function GET() {
  await allowAnonymous("health");
  const trtc = getTrtcStatus();
  let database: { ok: boolean; engine?: string; error?: string };
  try {
    const db = (await getApp()).db;
    await sql`select 1`.execute(db.kysely);
    database = { ok: true, engine: db.dialect };
  } catch {
    database = { ok: false, error: "database unreachable" };
  }
  const body = {
    status: database.ok ? "ok" : "degraded",
    database,
    // Anyone may ask, so only what an operator needs to tell environments apart: no SDKAppID, no key.
    trtc: { mode: trtc.mode, region: trtc.region, endpoint: trtc.endpointHost },
  };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
