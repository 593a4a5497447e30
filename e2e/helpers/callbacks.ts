import { randomInt } from "node:crypto";
import { commandPath, type TrtcCommandName } from "../../lib/trtc/commands";
import { genUserSig } from "../../lib/trtc/usersig";
import { appUrl, E2E, sandboxUrl } from "../env";

/** Signed REST calls to the sandbox, as Tencent's own console tools would make them. */
export async function trtcCall(command: TrtcCommandName, body: unknown) {
  const query = new URLSearchParams({
    sdkappid: String(E2E.sdkAppId),
    identifier: E2E.adminUserId,
    usersig: genUserSig(E2E.secretKey, {
      identifier: E2E.adminUserId,
      sdkAppId: E2E.sdkAppId,
      time: Math.floor(Date.now() / 1000),
      expire: 600,
    }),
    random: String(randomInt(0x1_0000_0000)),
    contenttype: "json",
  });
  const res = await fetch(`${sandboxUrl}/v4/${commandPath(command)}?${query}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ActionStatus: string; ErrorCode: number; ErrorInfo: string };
}

export const CALLBACK_URL = `${appUrl}/api/trtc/callback`;

export const ALL_CALLBACKS = [
  "Room.CallbackAfterCreateRoom",
  "Room.CallbackAfterDestroyRoom",
  "Room.CallbackAfterUpdateRoomInfo",
  "Room.CallbackAfterMemberEnter",
  "Room.CallbackAfterMemberLeave",
  "Mic.CallbackAfterSeatInfoChanged",
];

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sandboxUrl}/__sandbox${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

/** The sandbox's simulated clients and its record of the callbacks it sent. */
export const callbacks = {
  deliveries: async () =>
    (await control("GET", "/callbacks")).json as {
      command: string;
      status: number | null;
      body: Record<string, unknown>;
    }[],
  enter: (roomId: string, account: string, eventTime?: number) =>
    control("POST", `/rooms/${encodeURIComponent(roomId)}/members`, {
      Member_Account: account,
      ...(eventTime === undefined ? {} : { EventTime: eventTime }),
    }),
  leave: (roomId: string, account: string, eventTime?: number) =>
    control(
      "DELETE",
      `/rooms/${encodeURIComponent(roomId)}/members/${encodeURIComponent(account)}`,
      eventTime === undefined ? undefined : { EventTime: eventTime },
    ),
  clientRoom: (room: Record<string, unknown>) => control("POST", "/client-rooms", room),
};
