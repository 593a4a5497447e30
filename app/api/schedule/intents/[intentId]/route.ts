import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { intentProgress } from "@/lib/server/meetings/intent-progress";

/** Where a scheduling intent stands, for the form that is waiting on one Tencent did not confirm. */
export async function GET(_request: Request, { params }: { params: Promise<{ intentId: string }> }) {
  await requireRole("admin");
  const progress = await intentProgress((await getApp()).db, (await params).intentId);
  if (!progress) return Response.json({ error: "No such scheduling in Roomdesk." }, { status: 404 });
  return Response.json(progress, { headers: { "cache-control": "no-store" } });
}
