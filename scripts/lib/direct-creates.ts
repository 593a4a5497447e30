// The machine's ceiling for creates: a bare loop of signed create_room calls straight to the sandbox,
// `concurrency` at a time, with none of Roomdesk's work (no database, no limiter, no HTTP in front).
import type { TrtcClient } from "@/lib/server/trtc/types";

export interface DirectResult {
  created: number;
  /** Answers that were not a room, by code (60007 is the sandbox's own 200/s limit). */
  refused: Record<string, number>;
  perSecond: number;
}

export async function directCreates(
  client: TrtcClient,
  o: { concurrency: number; seconds: number; prefix: string },
): Promise<DirectResult> {
  const refused: Record<string, number> = {};
  let created = 0;
  let n = 0;
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  const lane = async () => {
    while (performance.now() < deadline) {
      const start = Math.floor(Date.now() / 1000) + 2 * 86400;
      const result = await client.run("create_room", {
        RoomInfo: {
          RoomId: `${o.prefix}-${n++}`,
          RoomName: "Weekly sync",
          RoomType: "Conference",
          ScheduleStartTime: start,
          ScheduleEndTime: start + 1800,
        },
        ScheduleInviteeList_Account: ["alice"],
      });
      if (result.ok) created++;
      else {
        const key = String(result.error.code ?? result.error.kind);
        refused[key] = (refused[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, lane));
  return { created, refused, perSecond: created / ((performance.now() - started) / 1000) };
}
