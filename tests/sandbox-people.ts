import { trtcCall } from "./sandbox-calls";

/** Simulated clients against a running sandbox: enter, leave and ask for a seat over its control endpoint. */

async function control(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(
    `${base}/__sandbox/rooms/${encodeURIComponent(path.split("/")[0]!)}/${path
      .split("/")
      .slice(1)
      .map(encodeURIComponent)
      .join("/")}`,
    {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export const enterRoom = (
  base: string,
  roomId: string,
  member: { Member_Account: string; NameCard?: string; Role?: string; CustomInfo?: string },
) => control(base, "POST", `${roomId}/members`, member);

export const leaveRoom = (base: string, roomId: string, account: string) =>
  control(base, "DELETE", `${roomId}/members/${account}`);

export const requestSeat = (base: string, roomId: string, account: string, index?: number) =>
  control(base, "POST", `${roomId}/seat-requests`, { Member_Account: account, Index: index });

export const peopleOf = async (base: string, roomId: string) =>
  (await control(base, "GET", `${roomId}/people`)).json as {
    members: { Member_Account: string; NameCard: string; Role: string; Marks: number[] }[];
    bans: { Member_Account: string; BannedUntil: number }[];
    seats: { Index: number; Member_Account: string; IsTakenDisabled: boolean }[];
  };

/** A TRTC call's ErrorCode and its Response: what the people tests assert on. */
export async function run(base: string, command: string, body: unknown) {
  const mic = ["get_seat_list", "pick_user_on_seat", "kick_user_off_seat", "lock_seat"];
  const path = mic.includes(command) ? `room_engine_http_mic/${command}` : command;
  const { json } = await trtcCall(base, path, body);
  return { code: json.ErrorCode, info: json.ErrorInfo, response: json.Response as Record<string, unknown> };
}
