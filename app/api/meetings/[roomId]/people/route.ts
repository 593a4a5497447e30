import { requireRole } from "@/lib/server/auth/guard";
import { peopleRead } from "@/lib/server/people/people-route";
import { readMembers } from "@/lib/server/people/reads";

/** One page of get_room_member_list; `?next=` is Tencent's cursor. Not audited (lib/server/people/reads.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("support");
  const next = new URL(request.url).searchParams.get("next") ?? "";
  return peopleRead(params, (deps, roomId) => readMembers(deps, roomId, next));
}
