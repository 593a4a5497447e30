import "server-only";
import type { Db } from "../db";
import { getDb } from "../db";
import { getConfig } from "../config";
import type { TrtcClient } from "../trtc";
import { getTrtcClient, trtcSecrets } from "../trtc/instance";

/** What the meetings repository needs, passed in so integration tests can use a test DB and a sandbox. */
export interface MeetingDeps {
  db: Db;
  trtc: TrtcClient;
  secrets: readonly string[];
  limits: { maxMembers: number };
  /** Milliseconds. */
  now: () => number;
}

export async function meetingDeps(): Promise<MeetingDeps> {
  return {
    db: await getDb(),
    trtc: getTrtcClient(),
    secrets: trtcSecrets(),
    limits: getConfig().limits,
    now: Date.now,
  };
}
