import { describe, expect, it } from "vitest";
import { commandPath } from "@/lib/trtc/commands";
import { RetryBudget } from "../reliability/retry-budget";
import type { AttemptClient } from "../audit/audited-trtc";
import { AuditUnavailableError } from "../audit/trtc-attempt";
import { TrtcError, type TrtcCallResult } from "../trtc";
import { meetingBody } from "@/tests/room-bodies";
import { createRoomReliably, type ReliableCreateDeps } from "./create-room-reliably";

/** A scripted Tencent, for orderings the sandbox cannot stage (a timed-out create landing late). */
type Step =
  | { ok: true; response?: unknown }
  | { kind: "timeout" | "upstream" | "http"; code?: number; status?: number };

function scripted(creates: Step[], gets: Step[]) {
  const calls: string[] = [];
  const answer = (
    command: "create_room" | "get_room_info",
    step: Step,
    body: unknown,
  ): TrtcCallResult<never> => {
    const facts = {
      command,
      path: commandPath(command),
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
    run: async (command: string, body: unknown) => {
      if (command === "create_room")
        return (calls.push("create"), answer("create_room", creates.shift()!, body));
      return (calls.push("get"), answer("get_room_info", gets.shift()!, body));
    },
  } as unknown as AttemptClient;
  return { client, calls };
}

const deps = (trtc: AttemptClient, extra: Partial<ReliableCreateDeps> = {}): ReliableCreateDeps => ({
  trtc,
  budget: new RetryBudget({ capacity: 10 }),
  maxAttempts: 3,
  backoff: { baseMs: 1, capMs: 1 },
  adminUserId: "administrator",
  sleep: async () => {},
  ...extra,
});

/** The audit trail refuses the n-th attempt's record (counting from 1); earlier ones go through. */
function auditRefusesFrom(n: number, inner: AttemptClient): AttemptClient {
  let seen = 0;
  const gate =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    (...a: A) =>
      ++seen >= n ? Promise.reject(new AuditUnavailableError()) : f(...a);
  return { run: gate(inner.run) as AttemptClient["run"] };
}

describe("createRoomReliably, scripted", () => {
  it("a create that timed out and landed after the 'absent' check is recognised on the 100003, not refused", async () => {
    const body = meetingBody();
    const ours = { RoomInfo: { ...body.RoomInfo, Owner_Account: "administrator" } };
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

  it("does not retry a non-transient HTTP answer once the room is known to be absent", async () => {
    const { client, calls } = scripted([{ kind: "http", status: 400 }], [{ kind: "upstream", code: 100004 }]);
    const outcome = await createRoomReliably(deps(client), meetingBody());
    expect(outcome).toMatchObject({ status: "failed", attempts: 1, stoppedBy: null });
    expect(calls).toEqual(["create", "get"]);
  });

  it("stops when the audit trail refuses an attempt's record: that call and every later one stay unsent", async () => {
    const { client, calls } = scripted([{ kind: "upstream", code: 100001 }, { ok: true }], []);
    const outcome = await createRoomReliably(deps(auditRefusesFrom(2, client)), meetingBody());
    // The first attempt reached Tencent and its internal error may have left a room: not "failed".
    expect(outcome).toMatchObject({ status: "unknown", reason: "audit-unavailable", attempts: 1 });
    expect(calls).toEqual(["create"]);
  });

  it("fails cleanly, nothing sent, when the very first record cannot be written", async () => {
    const { client, calls } = scripted([{ ok: true }], []);
    const outcome = await createRoomReliably(deps(auditRefusesFrom(1, client)), meetingBody());
    expect(outcome).toMatchObject({ status: "failed", reason: "audit-unavailable", attempts: 0 });
    expect(calls).toEqual([]);
  });
});
