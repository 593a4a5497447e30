import { saveRoomsFile } from "./state-file";
import type { StoredRoom } from "./types";

/**
 * Rooms in memory, keyed per app, optionally mirrored to a JSON file. Saves are coalesced (one write per
 * burst) so a benchmark creating thousands of rooms does not rewrite the file thousands of times;
 * close() flushes, so a clean shutdown never loses a room.
 */

const SAVE_DELAY_MS = 25;
const keyOf = (sdkAppId: number, roomId: string) => `${sdkAppId}\n${roomId}`;

export function createRoomStore(stateFile: string | undefined, initial: StoredRoom[]) {
  const rooms = new Map<string, StoredRoom>(initial.map((r) => [keyOf(r.SdkAppId, r.RoomId), r]));
  let timer: NodeJS.Timeout | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stateFile) saveRoomsFile(stateFile, [...rooms.values()]);
  }

  function changed(): void {
    if (!stateFile || timer) return;
    timer = setTimeout(flush, SAVE_DELAY_MS);
    timer.unref();
  }

  return {
    get: (sdkAppId: number, roomId: string) => rooms.get(keyOf(sdkAppId, roomId)),
    list: () => [...rooms.values()],
    put(room: StoredRoom): void {
      rooms.set(keyOf(room.SdkAppId, room.RoomId), room);
      changed();
    },
    remove(sdkAppId: number, roomId: string): boolean {
      const had = rooms.delete(keyOf(sdkAppId, roomId));
      if (had) changed();
      return had;
    },
    clear(): void {
      rooms.clear();
      changed();
    },
    flush,
  };
}

export type RoomStore = ReturnType<typeof createRoomStore>;
