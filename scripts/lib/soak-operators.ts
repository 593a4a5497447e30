// Many meetings, each scheduled by a simulated operator (scripts/lib/operator.ts) through the real server
// action over HTTP, a few at a time: the load both soaks put on Roomdesk.
import { randomBytes } from "node:crypto";
import { daysFromNow, scheduleInput } from "@/tests/schedule-input";
import { scheduleLikeAnOperator, type OperatorReport } from "./operator";
import { submitAction, waitUntilListed } from "./roomdesk-http";
import { duplicateMeetings, meetingTag, roomsPerMeeting } from "./soak-counts";
import type { SandboxCall } from "@/lib/sandbox/types";
import type { SoakWorld } from "./soak-world";

export interface OperatorRun {
  world: SoakWorld;
  meetings: number;
  concurrency: number;
  lookMs: number;
  /** Called as each meeting's operator starts, with how many have started. */
  onMeetingStart?: (started: number) => void;
  /** Submissions per meeting before the operator gives up (default 6). */
  maxSubmissions?: number;
  /** The share of first submissions sent twice at once, as a double click does. */
  doubleClicks?: number;
}

/** Every meeting through a simulated operator, `concurrency` at a time; the operators' reports. */
export async function runOperators(r: OperatorRun): Promise<OperatorReport[]> {
  const { world } = r;
  const schedule = { date: daysFromNow(3), time: "10:00", timeZone: "Asia/Kolkata", durationMinutes: 30 };
  let next = 0;
  const reports: OperatorReport[] = [];
  await Promise.all(
    Array.from({ length: r.concurrency }, async () => {
      while (next < r.meetings) {
        const i = next++;
        r.onMeetingStart?.(i + 1);
        const tag = meetingTag(world.run, i);
        let roomIds = 0;
        let first = true;
        reports.push(
          await scheduleLikeAnOperator({
            async submit(roomId, intentId) {
              const input = scheduleInput({ roomId, intentId, roomName: `Soak ${tag}`, schedule });
              const send = () => submitAction(world.baseUrl, world.action, [input], world.cookie);
              const twice = first && Math.random() < (r.doubleClicks ?? 0);
              first = false;
              return (await Promise.all(twice ? [send(), send()] : [send()]))[0]!;
            },
            waitUntilListed: () => waitUntilListed(world.baseUrl, world.cookie, tag, r.lookMs),
            newRoomId: () => `soak-${world.run}-${i}-${roomIds++}`,
            newIntentId: () => `soak-${world.run}-${i}-${randomBytes(4).toString("hex")}`,
            pause: (ms) => new Promise((done) => setTimeout(done, ms)),
            maxSubmissions: r.maxSubmissions ?? 6,
            maxNewRoomIds: 2,
          }),
        );
      }
    }),
  );
  return reports;
}

export function describeReports(reports: OperatorReport[]): string {
  const tally = (keys: string[]) =>
    JSON.stringify(keys.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {}));
  const submissions = reports.reduce((n, r) => n + r.submissions, 0);
  return [
    `operators: submissions=${submissions} outcomes=${tally(reports.map((r) => r.outcome))}`,
    `operators: answers=${tally(reports.flatMap((r) => r.verdicts))} meetings_with_a_new_room_id=${reports.filter((r) => r.roomIds.length > 1).length}`,
    `operators: codes=${tally(reports.flatMap((r) => r.codes))}`,
  ].join("\n");
}

/** For each duplicated meeting, the calls the sandbox received for its rooms: how it came about. */
export function describeDuplicates(calls: readonly SandboxCall[], limit = 5): string[] {
  const rooms = roomsPerMeeting(calls);
  return duplicateMeetings(calls)
    .slice(0, limit)
    .map((tag) => {
      const ids = rooms.get(tag)!;
      const trail = calls
        .filter((c) => {
          const b = c.body as { RoomId?: string; RoomInfo?: { RoomId?: string } } | null;
          return ids.has(b?.RoomInfo?.RoomId ?? b?.RoomId ?? "");
        })
        .map((c) => {
          const b = c.body as { RoomId?: string; RoomInfo?: { RoomId?: string } };
          const answer = c.fault
            ? `${c.fault}${c.errorCode === null ? "" : `(${c.errorCode})`}`
            : c.errorCode;
          return `${c.command} ${b.RoomInfo?.RoomId ?? b.RoomId} → ${answer}`;
        });
      return `duplicate ${tag}: ${trail.join("; ")}`;
    });
}
