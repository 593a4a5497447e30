import "server-only";
import type { IntentProgress } from "@/lib/meetings/types";
import type { Db } from "../db";
import { getIntent } from "./intents";
import { INTENT_ID } from "./schedule-meeting";

/** Where a scheduling intent stands, for the form waiting on one Tencent did not confirm. */
export async function intentProgress(db: Db, intentId: string): Promise<IntentProgress | null> {
  if (!INTENT_ID.test(intentId)) return null;
  const row = await getIntent(db, intentId);
  if (!row) return null;
  return {
    status: row.status,
    roomId: row.room_id,
    settled: row.status !== "pending" && row.status !== "unknown",
  };
}
