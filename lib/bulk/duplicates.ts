import { ref } from "@/lib/schemas/messages";
import type { CheckedRow } from "./check-rows";

/** Two meetings are "the same" to a reader when they share a name and a start instant. */
export const nameAndStartKey = (roomName: string, start: number) => `${start}\u0000${roomName}`;

/**
 * Inside the file: a Room ID used by an earlier row is an error (Tencent would refuse the second create);
 * the same name at the same start as an earlier row is a warning, since parallel interviews may share both.
 */
export function markDuplicatesInFile(rows: CheckedRow[]): void {
  const roomIds = new Map<string, number>();
  const meetings = new Map<string, number>();
  for (const row of rows) {
    const roomId = row.values?.roomId ?? row.cells.roomId?.trim();
    if (roomId && !row.roomIdDrawn) {
      const earlier = roomIds.get(roomId);
      if (earlier !== undefined) {
        row.errors.push({
          column: "roomId",
          message: ref("bulk.issue.roomIdInFile", { roomId, row: earlier }),
        });
        row.values = null;
      } else roomIds.set(roomId, row.row);
    }
    if (row.values && row.start !== null) {
      const key = nameAndStartKey(row.values.roomName, row.start);
      const earlier = meetings.get(key);
      if (earlier !== undefined)
        row.warnings.push({ column: "roomName", message: ref("bulk.issue.sameAsRow", { row: earlier }) });
      else meetings.set(key, row.row);
    }
  }
}

/** What the database already holds for the rows' Room IDs and their name-and-start pairs. */
export interface ExistingMeetings {
  /** Room ID → the meeting's name; an intent still being scheduled has no meeting yet (null). */
  byRoomId: ReadonlyMap<string, string | null>;
  /** Room ID → the name of the series that keeps it for one of its days (one left out or cancelled too). */
  bySeries: ReadonlyMap<string, string>;
  /** nameAndStartKey → the Room ID of a scheduled meeting with that name and start. */
  byNameAndStart: ReadonlyMap<string, string>;
}

export function markExistingDuplicates(rows: CheckedRow[], existing: ExistingMeetings): void {
  for (const row of rows) {
    if (!row.values) continue;
    const { roomId, roomName } = row.values;
    if (existing.byRoomId.has(roomId)) {
      const name = existing.byRoomId.get(roomId);
      row.errors.push({
        column: "roomId",
        message:
          name === null || name === undefined
            ? ref("bulk.issue.roomIdScheduling", { roomId })
            : ref("bulk.issue.roomIdExists", { roomId, name }),
      });
      row.values = null;
      continue;
    }
    const series = existing.bySeries.get(roomId);
    if (series !== undefined) {
      row.errors.push({
        column: "roomId",
        message: ref("bulk.issue.roomIdInSeries", { roomId, name: series }),
      });
      row.values = null;
      continue;
    }
    const same =
      row.start === null ? undefined : existing.byNameAndStart.get(nameAndStartKey(roomName, row.start));
    if (same !== undefined)
      row.warnings.push({ column: "roomName", message: ref("bulk.issue.meetingExists", { roomId: same }) });
  }
}
