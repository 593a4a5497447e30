import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { RunningSandbox } from "@/lib/sandbox";
import { findHandler } from "@/lib/sandbox/room-commands";
import { NOT_EMULATED } from "@/lib/sandbox/trtc-handler";
import type { TrtcClient } from "@/lib/server/trtc/types";
import {
  TRTC_COMMAND_NAMES,
  TRTC_COMMANDS,
  type TrtcCommandName,
  type TrtcRequest,
} from "@/lib/trtc/commands";
import { clientFor, startTestSandbox } from "../trtc-client";
import { ADMIN, randomHex } from "../trtc-test-app";

/**
 * Walks every command of the registry (lib/trtc/commands.ts): its request schema refuses a body that lacks
 * any one mandatory field, and the real client reaches the sandbox over HTTP with a valid body. The sandbox
 * carries out every command today; one it did not would have to be listed in NOT_CARRIED_OUT and answer its
 * own "not emulated" code, never a success and never 60009.
 * Typed as a Record over the registry's names: a command added there without a sample here does not compile.
 */

const ROOM = `walk-${randomHex(4)}`;
const SAMPLES: { [C in TrtcCommandName]: TrtcRequest<C> } = {
  create_room: { RoomInfo: { RoomId: ROOM, RoomType: "Conference", Owner_Account: ADMIN } },
  destroy_room: { RoomId: ROOM },
  update_room_info: { RoomInfo: { RoomId: ROOM, RoomName: "Walked" } },
  get_room_info: { RoomId: ROOM },
  get_room_member_list: { RoomId: ROOM },
  update_room_member_info: { RoomId: ROOM, MemberInfo: { Member_Account: "u1", NameCard: "U" } },
  change_room_owner: { RoomId: ROOM, From_Account: ADMIN, NewOwner_Account: "u1" },
  mark_room_member: { RoomId: ROOM, CommandType: 1, MemberList: [{ Member_Account: "u1", Marks: [1000] }] },
  ban_room_member: { RoomId: ROOM, MemberList_Account: ["u1"], Reason: "walk", Duration: 60 },
  unban_room_member: { RoomId: ROOM, MemberList_Account: ["u1"] },
  get_banned_member_list: { RoomId: ROOM },
  kick_user_out: { RoomId: ROOM, MemberList_Account: ["u1"], Reason: "walk" },
  get_seat_list: { RoomId: ROOM },
  pick_user_on_seat: { RoomId: ROOM, Index: 0, Member_Account: "u1" },
  kick_user_off_seat: { RoomId: ROOM, Member_Account: "u1", Data: "" },
  lock_seat: { RoomId: ROOM, Index: 0, ForbidTaken: true },
  set_callback: {
    Url: "https://hooks.example.com/trtc",
    CallbackCommandList: ["Room.CallbackAfterCreateRoom"],
  },
  get_callback: {},
  update_callback: { Url: "https://hooks.example.com/v2", CallbackCommandList: [] },
  delete_callback: {},
  account_import: { UserID: "u1", Nick: "U" },
  multiaccount_import: { AccountList: [{ UserID: "u2" }, { UserID: "u3", Nick: "Three" }] },
};

/** The keys a strict object schema cannot do without, nested objects walked too. */
function mandatoryPaths(schema: z.ZodType, value: unknown, prefix: string[] = []): string[][] {
  if (!(schema instanceof z.ZodObject) || typeof value !== "object" || value === null) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    if (field.safeParse(undefined).success) return [];
    return [
      [...prefix, key],
      ...mandatoryPaths(field, (value as Record<string, unknown>)[key], [...prefix, key]),
    ];
  });
}

function without(value: unknown, path: string[]): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  delete at[path[path.length - 1]!];
  return copy;
}

/** Registry commands the sandbox answers with NOT_EMULATED. Empty: it carries out all of them. */
const NOT_CARRIED_OUT: readonly TrtcCommandName[] = [];

// Commands whose documented body has no mandatory field at all (docs/trtc-api.md §2.17, §2.19).
const NO_MANDATORY_FIELD: readonly TrtcCommandName[] = ["get_callback", "delete_callback"];

describe("every registry command: its schema and the sandbox over HTTP", () => {
  const secretKey = `walk-key-${randomHex()}`;
  let sandbox: RunningSandbox;
  let client: TrtcClient;

  beforeAll(async () => {
    sandbox = await startTestSandbox(secretKey);
    client = clientFor(sandbox, secretKey, { timeoutMs: 30_000 });
  });
  afterAll(() => sandbox.close());

  it("declares the twenty commands of §2 and Chat's two account imports (§2.17)", () => {
    expect(TRTC_COMMAND_NAMES).toHaveLength(22);
  });

  it("carries out every command but those listed as not carried out", () => {
    expect(TRTC_COMMAND_NAMES.filter((n) => !findHandler(n))).toEqual(NOT_CARRIED_OUT);
  });

  it.each(TRTC_COMMAND_NAMES)(
    "%s: the sample is valid, and each mandatory field missing is refused",
    (name) => {
      const schema = TRTC_COMMANDS[name].request;
      const sample = SAMPLES[name];
      expect(schema.safeParse(sample).success).toBe(true);
      const paths = mandatoryPaths(schema, sample);
      if (NO_MANDATORY_FIELD.includes(name)) expect(paths).toEqual([]);
      else expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        expect(schema.safeParse(without(sample, path)).success, `${name} without ${path.join(".")}`).toBe(
          false,
        );
      }
    },
  );

  // In order: the room exists before the commands that name it, and is destroyed last.
  const inRoomOrder = [...TRTC_COMMAND_NAMES.filter((n) => n !== "destroy_room"), "destroy_room" as const];

  it.sequential.each(inRoomOrder)("%s reaches the sandbox over HTTP", async (name) => {
    const before = sandbox.calls().length;
    const result = await client.run(name, SAMPLES[name] as never);
    expect(sandbox.calls().length).toBe(before + 1);
    expect(sandbox.calls().at(-1)).toMatchObject({ command: name });
    if (result.ok) return;
    // Emulated commands answer as Tencent would (the walk's u1 is not in the room, so some refuse with
    // a room code); the rest say so, under their own code.
    if (findHandler(name)) {
      expect(result.error.code, `${name}: ${result.error.errorInfo}`).not.toBe(NOT_EMULATED);
      expect(result.error.code).toBeGreaterThan(100_000);
      return;
    }
    expect(result.error.code, `${name}: ${result.error.errorInfo}`).toBe(NOT_EMULATED);
    expect(result.error.errorInfo).toContain(`${name} is not emulated yet`);
  });
});
