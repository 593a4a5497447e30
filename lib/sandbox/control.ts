import { handleCallbackControl } from "./callback-control";
import type { CallbackSender } from "./callback-sender";
import { handleClientRoomControl } from "./client-room-control";
import { parseFaultMix } from "./fault-mix";
import { parseFaultSpec } from "./faults";
import { isObject, ParamError } from "./field-checks";
import { handlePeopleControl, type PeopleControlDeps } from "./people-control";
import type { FaultMix, FaultSpec, RoomRecord, SandboxCall } from "./types";

/**
 * `/__sandbox/*`: drives a separately running sandbox from e2e tests and benchmarks. No auth, which is
 * why the server binds to loopback by default; nothing here exposes a secret key or a UserSig.
 */

export interface ControlDeps {
  rooms(): RoomRecord[];
  calls(): SandboxCall[];
  faults(): FaultSpec[];
  injectFault(f: FaultSpec): void;
  faultMix(): FaultMix;
  setFaultMix(m: FaultMix): void;
  reset(): void;
  /** Stores a room given whole; throws ParamError when malformed, returns null when the RoomId is taken. */
  importRoom(input: unknown): RoomRecord | null;
  health(): Record<string, unknown>;
  /** Simulated clients entering, leaving and asking for seats (people-control.ts). */
  people: PeopleControlDeps;
  /** Accounts imported with account_import / multiaccount_import. */
  accounts(): unknown[];
  /** The callbacks sent to each app's configured URL (callback-sender.ts). */
  callbacks: CallbackSender;
}

export interface ControlAnswer {
  status: number;
  body: unknown;
}

const problem = (status: number, error: string): ControlAnswer => ({ status, body: { error } });

/** Accepts a bare RoomInfo or a create_room-shaped `{RoomInfo, ScheduleInviteeList_Account}` body. */
function flattenRoomBody(body: unknown): unknown {
  if (!isObject(body) || !isObject(body.RoomInfo)) return body;
  const { RoomInfo, ...rest } = body;
  return { ...RoomInfo, ...rest };
}

function importRoom(body: unknown, deps: ControlDeps): ControlAnswer {
  try {
    const room = deps.importRoom(flattenRoomBody(body));
    return room ? { status: 201, body: room } : problem(409, "room ID already exists");
  } catch (e) {
    if (e instanceof ParamError) return problem(400, e.message);
    throw e;
  }
}

export function handleControl(method: string, url: URL, body: unknown, deps: ControlDeps): ControlAnswer {
  const people =
    handlePeopleControl(method, url, body, deps.people) ??
    handleClientRoomControl(method, url, body, deps) ??
    handleCallbackControl(method, url, body, deps.callbacks);
  if (people) return people;
  const route = `${method} ${url.pathname.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__sandbox/health":
      return { status: 200, body: deps.health() };
    case "GET /__sandbox/calls": {
      const command = url.searchParams.get("command");
      const calls = deps.calls();
      return { status: 200, body: command ? calls.filter((c) => c.command === command) : calls };
    }
    case "GET /__sandbox/accounts":
      return { status: 200, body: deps.accounts() };
    case "GET /__sandbox/rooms":
      return { status: 200, body: deps.rooms() };
    case "POST /__sandbox/rooms":
      return importRoom(body, deps);
    case "GET /__sandbox/faults":
      return { status: 200, body: deps.faults() };
    case "POST /__sandbox/faults": {
      const spec = parseFaultSpec(body);
      if (typeof spec === "string") return problem(400, spec);
      deps.injectFault(spec);
      return { status: 201, body: spec };
    }
    case "GET /__sandbox/fault-mix":
      return { status: 200, body: deps.faultMix() };
    case "POST /__sandbox/fault-mix": {
      const mix = parseFaultMix(body);
      if (typeof mix === "string") return problem(400, mix);
      deps.setFaultMix(mix);
      return { status: 200, body: mix };
    }
    case "POST /__sandbox/reset":
      deps.reset();
      return { status: 200, body: { ok: true } };
    default:
      return problem(404, `no control endpoint ${route}`);
  }
}
