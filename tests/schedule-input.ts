import { SWITCHES_OFF } from "@/lib/trtc/room-fields";

/**
 * A valid schedule-meeting payload as the browser sends it, for tests and benchmarks that post it by
 * hand; each caller overrides what it varies.
 */
export { SWITCHES_OFF };

/** "YYYY-MM-DD", `days` from now in UTC: far enough ahead that "not in the past" always holds. */
export const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

export function scheduleInput(fields: { roomId: string } & Record<string, unknown>) {
  return {
    intentId: `intent-${fields.roomId}`,
    roomName: "",
    owner: "",
    invitees: [] as string[],
    schedule: { date: daysFromNow(3), time: "10:00", timeZone: "UTC", durationMinutes: 30 },
    settings: SWITCHES_OFF,
    seats: { enabled: false },
    customInfo: "",
    ...fields,
  };
}
