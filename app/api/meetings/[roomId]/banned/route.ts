import { requireRole } from "@/lib/server/auth/guard";
import { peopleRead } from "@/lib/server/people/people-route";
import { readBanned } from "@/lib/server/people/reads";

/** Every active ban of the room (get_banned_member_list). Not audited (lib/server/people/reads.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("support");
  return peopleRead(params, readBanned);
}
