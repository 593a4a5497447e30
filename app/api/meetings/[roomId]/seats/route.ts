import { requireRole } from "@/lib/server/auth/guard";
import { peopleRead } from "@/lib/server/people/people-route";
import { readSeats } from "@/lib/server/people/reads";

/** The room's seats (get_seat_list). Not audited (lib/server/people/reads.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("support");
  return peopleRead(params, readSeats);
}
