import { requireRole } from "@/lib/server/auth/guard";
import { getCallDetail } from "@/lib/server/support/call-detail";
import { recordSupportAudit } from "@/lib/server/support/record-lookup";
import { getTrtcStatus } from "@/lib/server/trtc-status";
import type { SupportCallDetail } from "@/lib/support/types";
import { getApp } from "@/lib/server/app";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("support");
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) return Response.json({ error: "No such call." }, { status: 404 });
  const db = (await getApp()).db;
  const detail = await getCallDetail(db, Number(id));
  await recordSupportAudit(db, actor, "support.view", { auditId: Number(id), found: detail !== null });
  if (!detail) return Response.json({ error: "No such call." }, { status: 404 });
  const { sdkAppId, region } = getTrtcStatus();
  const body: SupportCallDetail = { ...detail, app: { sdkAppId, region } };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
