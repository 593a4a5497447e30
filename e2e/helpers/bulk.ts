import type { APIRequestContext } from "@playwright/test";
import type { BulkJobDetail } from "../../lib/bulk/job-types";
import { SWITCHES_OFF } from "../../lib/trtc/room-fields";

const daysFromNow = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

/** One sheet row as the schedule form submits it: a room of its own, a start days ahead. */
export function sheetRow(row: number, roomId: string, patch: Record<string, unknown> = {}) {
  return {
    row,
    values: {
      roomName: `Class ${row}`,
      roomId,
      owner: "",
      invitees: [],
      schedule: { date: daysFromNow(4), time: "09:00", timeZone: "Asia/Tokyo", durationMinutes: 45 },
      settings: SWITCHES_OFF,
      seats: { enabled: false },
      customInfo: "",
      ...patch,
    },
  };
}

export const startBody = (rows: unknown[], fileName = "week.csv") => ({
  source: { fileName, encoding: "utf-8" },
  rows,
});

export async function startJob(request: APIRequestContext, base: string, rows: unknown[]) {
  const res = await request.post(`${base}/api/bulk/jobs`, { data: startBody(rows) });
  return { status: res.status(), body: (await res.json()) as { jobId?: string; errors?: unknown[] } };
}

export async function jobDetail(
  request: APIRequestContext,
  base: string,
  jobId: string,
): Promise<BulkJobDetail> {
  const res = await request.get(`${base}/api/bulk/jobs/${jobId}`);
  if (!res.ok()) throw new Error(`job ${jobId}: HTTP ${res.status()}`);
  return (await res.json()) as BulkJobDetail;
}
