import "server-only";
import type { IntentProgress, ScheduleMeetingResult } from "@/lib/meetings/types";
import { getIntent } from "./intents";
import { getApp } from "@/lib/server/app";

const INTENT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Settled or not, and the result the user is shown once it is (the same one a resubmission replays). */
export async function intentProgress(intentId: string): Promise<IntentProgress | null> {
  if (!INTENT_ID.test(intentId)) return null;
  const row = await getIntent((await getApp()).db, intentId);
  if (!row) return null;
  const settled = row.status !== "pending" && row.status !== "unknown";
  return {
    status: row.status,
    roomId: row.room_id,
    result: settled && row.outcome ? (JSON.parse(row.outcome) as ScheduleMeetingResult) : null,
  };
}
