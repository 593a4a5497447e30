import { epochToWallTime } from "@/lib/time/wall-time";
import type { ScheduleMeetingInput } from "./meeting";
import { MAX_MEMBERS, MAX_SEATS, NOW_MS } from "./test-utils";

/** One step past one limit each; `path` is where the schema must report it. Used by the property tests. */
export interface Mutation {
  name: string;
  apply(input: ScheduleMeetingInput): { input: unknown; path: string };
}

const set = (name: string, path: string, change: (i: ScheduleMeetingInput) => unknown): Mutation => ({
  name,
  apply: (input) => ({ input: change(input), path }),
});
const withSchedule = (i: ScheduleMeetingInput, patch: Partial<ScheduleMeetingInput["schedule"]>) => ({
  ...i,
  schedule: { ...i.schedule, ...patch },
});

export const mutations: Mutation[] = [
  set("room ID 49 bytes", "roomId", (i) => ({ ...i, roomId: "a".repeat(49) })),
  set("room ID 17×日", "roomId", (i) => ({ ...i, roomId: "日".repeat(17) })),
  set("room ID empty", "roomId", (i) => ({ ...i, roomId: "" })),
  set("room ID leading space", "roomId", (i) => ({ ...i, roomId: ` ${i.roomId}` })),
  set("room ID bad character", "roomId", (i) => ({ ...i, roomId: `${i.roomId.slice(0, 47)}!` })),
  set("room name 102 bytes", "roomName", (i) => ({ ...i, roomName: "日".repeat(34) })),
  set("owner 33 bytes", "owner", (i) => ({ ...i, owner: "o".repeat(33) })),
  set("owner bad character", "owner", (i) => ({ ...i, owner: "bad id!" })),
  set("301 invitees", "invitees", (i) => ({
    ...i,
    invitees: Array.from({ length: 301 }, (_, n) => `u${n}`),
  })),
  {
    name: "bad invitee",
    apply: (i) => ({
      input: { ...i, invitees: [...i.invitees, "bad id!"] },
      path: `invitees.${i.invitees.length}`,
    }),
  },
  {
    name: "duplicate invitee",
    apply: (i) => {
      const invitees = i.invitees.length > 0 ? [...i.invitees, i.invitees[0]!] : ["dup", "dup"];
      return { input: { ...i, invitees }, path: `invitees.${invitees.length - 1}` };
    },
  },
  set("duration 4", "schedule.durationMinutes", (i) => withSchedule(i, { durationMinutes: 4 })),
  set("duration 1441", "schedule.durationMinutes", (i) => withSchedule(i, { durationMinutes: 1441 })),
  set("duration fractional", "schedule.durationMinutes", (i) => withSchedule(i, { durationMinutes: 30.5 })),
  set("start a minute ago", "schedule.time", (i) =>
    withSchedule(i, epochToWallTime(Math.floor(NOW_MS / 60_000) * 60 - 60, i.schedule.timeZone)),
  ),
  set("skipped wall time", "schedule.time", (i) =>
    withSchedule(i, { date: "2027-03-28", time: "02:30", timeZone: "Europe/Berlin" }),
  ),
  set("unknown zone", "schedule.timeZone", (i) => withSchedule(i, { timeZone: "Nowhere/Atlantis" })),
  set("no such day", "schedule.date", (i) => withSchedule(i, { date: "2027-02-29" })),
  set("members 0", "maxMemberCount", (i) => ({ ...i, maxMemberCount: 0 })),
  set("members over package", "maxMemberCount", (i) => ({ ...i, maxMemberCount: MAX_MEMBERS + 1 })),
  set("seats over package", "seats.maxSeatCount", (i) => ({
    ...i,
    seats: { enabled: true, maxSeatCount: MAX_SEATS + 1, takeSeatMode: "FreeToTake" },
  })),
  set("seats without count", "seats.maxSeatCount", (i) => ({
    ...i,
    seats: { enabled: true, takeSeatMode: "ApplyToTake" },
  })),
  set("seats without mode", "seats.takeSeatMode", (i) => ({
    ...i,
    seats: { enabled: true, maxSeatCount: 1 },
  })),
  set("custom info 501 bytes", "customInfo", (i) => ({ ...i, customInfo: "x".repeat(501) })),
  set("custom info 167×日", "customInfo", (i) => ({ ...i, customInfo: "日".repeat(167) })),
];
