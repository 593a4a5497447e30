import { describe, expect, it, vi } from "vitest";
import { TRTC_COMMANDS } from "@/lib/trtc/commands";
import { RetryBudget } from "../reliability/retry-budget";
import { TrtcError, type TrtcCallResult, type TrtcClient } from "../trtc";
import { meetingBody } from "@/tests/room-bodies";
import { createRoomReliably, type ReliableCreateDeps } from "./create-room-reliably";

/** A scripted Tencent, for orderings the sandbox cannot stage (a timed-out create landing late). */
type Step =
  | { ok: true; response?: unknown }
  | { kind: "timeout" | "upstream" | "http"; code?: number; status?: number };

function scripted(creates: Step[], gets: Step[]) {
  const calls: string[] = [];
  const answer = (
    command: "createRoom" | "getRoomInfo",
    step: Step,
    body: unknown,
  ): TrtcCallResult<never> => {
    const facts = {
      command,
      path: TRTC_COMMANDS[command],
      endpoint: "",
      random: 1,
      requestBody: body,
      httpStatus: 200,
      latencyMs: 1,
      responseBody: null,
    };
    if ("ok" in step)
      return { ...facts, ok: true, requestId: `Id-${calls.length}`, response: step.response as never };
    const error = new TrtcError({
      kind: step.kind,
      command,
      code: step.code ?? null,
      httpStatus: step.status ?? null,
      requestId: step.code ? `Id-${calls.length}` : null,
    });
    return { ...facts, ok: false, requestId: error.requestId, error };
  };
  const client = {
    createRoom: async (body: unknown) => (calls.push("create"), answer("createRoom", creates.shift()!, body)),
    getRoomInfo: async (roomId: string) => (
      calls.push("get"),
      answer("getRoomInfo", gets.shift()!, { RoomId: roomId })
    ),
  } as unknown as TrtcClient;
  return { client, calls };
}

const deps = (client: TrtcClient, extra: Partial<ReliableCreateDeps> = {}): ReliableCreateDeps => ({
  client,
  budget: new RetryBudget(10),
  maxAttempts: 3,
  backoff: { baseMs: 1, capMs: 1 },
  adminUserId: "administrator",
  sleep: async () => {},
  audit: async () => {},
  ...extra,
});

describe("createRoomReliably, scripted", () => {
  it("a create that timed out and landed after the 'absent' check is recognised on the 100003, not refused", async () => {
    const body = meetingBody();
    const ours = { ...body.RoomInfo, Owner_Account: "administrator" };
    const { client, calls } = scripted(
      [{ kind: "timeout" }, { kind: "upstream", code: 100003 }],
      [
        { kind: "upstream", code: 100004 },
        { ok: true, response: ours },
      ],
    );
    const outcome = await createRoomReliably(deps(client), body);
    expect(outcome).toMatchObject({ status: "created", verified: true });
    expect(calls).toEqual(["create", "get", "create", "get"]);
  });

  it("keeps a success when its audit row cannot be written, and says so", async () => {
    const { client, calls } = scripted([{ ok: true }], []);
    const lost = vi.fn();
    const outcome = await createRoomReliably(
      deps(client, { audit: async () => Promise.reject(new Error("disk full")), onAuditLost: lost }),
      meetingBody(),
    );
    expect(outcome.status).toBe("created");
    expect(lost).toHaveBeenCalledOnce();
    expect(calls).toEqual(["create"]);
  });

  it("does not retry a non-transient HTTP answer once the room is known to be absent", async () => {
    const { client, calls } = scripted([{ kind: "http", status: 400 }], [{ kind: "upstream", code: 100004 }]);
    const outcome = await createRoomReliably(deps(client), meetingBody());
    expect(outcome).toMatchObject({ status: "failed", retriesExhausted: false });
    expect(calls).toEqual(["create", "get"]);
  });

  it("stops an audit failure before the next call is made (fail closed)", async () => {
    const { client, calls } = scripted([{ kind: "upstream", code: 100001 }, { ok: true }], []);
    await expect(
      createRoomReliably(
        deps(client, { audit: async () => Promise.reject(new Error("read-only")) }),
        meetingBody(),
      ),
    ).rejects.toThrow("read-only");
    expect(calls).toEqual(["create"]);
  });
});
