import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { roomBody } from "@/tests/room-bodies";
import { trtcCall } from "@/tests/sandbox-calls";

const dirs: string[] = [];
function stateFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sandbox-state-"));
  dirs.push(dir);
  return path.join(dir, "nested", "rooms.json");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("state file", () => {
  it("keeps rooms across a restart", async () => {
    const file = stateFile();
    const first = await startSandbox({ apps: [APP], port: 0, stateFile: file });
    await trtcCall(
      first.url,
      "create_room",
      roomBody("kept", { RoomName: "Kept" }, { ScheduleInviteeList_Account: ["bob"] }),
    );
    await trtcCall(first.url, "create_room", roomBody("dropped"));
    await trtcCall(first.url, "destroy_room", { RoomId: "dropped" });
    await first.close();

    const doc = JSON.parse(readFileSync(file, "utf8")) as { version: number; rooms: unknown[] };
    expect(doc.version).toBe(1);
    expect(readdirSync(path.dirname(file))).toEqual(["rooms.json"]); // no temp files left behind

    const second = await startSandbox({ apps: [APP], port: 0, stateFile: file });
    try {
      const got = await trtcCall(second.url, "get_room_info", { RoomId: "kept" });
      expect(got.json.Response).toMatchObject({ RoomInfo: { RoomId: "kept", RoomName: "Kept" } });
      expect(second.rooms().map((r) => [r.RoomId, r.ScheduleInviteeList_Account])).toEqual([
        ["kept", ["bob"]],
      ]);
      expect((await trtcCall(second.url, "get_room_info", { RoomId: "dropped" })).json.ErrorCode).toBe(
        100004,
      );
    } finally {
      await second.close();
    }
  });

  it("saves shortly after a change, without waiting for close()", async () => {
    const file = stateFile();
    const sb = await startSandbox({ apps: [APP], port: 0, stateFile: file });
    try {
      await trtcCall(sb.url, "create_room", roomBody("soon"));
      // Saved by the store's own coalescing timer: nothing here flushes or closes.
      await vi.waitFor(() => expect(existsSync(file) && readFileSync(file, "utf8")).toContain('"soon"'), {
        timeout: 10_000,
      });
    } finally {
      await sb.close();
    }
  });

  it("refuses to start on a corrupt file rather than overwrite it", async () => {
    const file = stateFile();
    const sb = await startSandbox({ apps: [APP], port: 0, stateFile: file });
    await sb.close();
    writeFileSync(file, "{ not json");
    await expect(startSandbox({ apps: [APP], port: 0, stateFile: file })).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(file, "utf8")).toBe("{ not json");
    writeFileSync(file, JSON.stringify({ version: 1, rooms: [{ RoomId: "ok" }, { RoomName: "no id" }] }));
    await expect(startSandbox({ apps: [APP], port: 0, stateFile: file })).rejects.toThrow(
      /room 1: RoomId: is required/,
    );
  });
});
