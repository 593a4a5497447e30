import type { SupportCall } from "./types";

/** The facts Tencent support asks for, one per line, ready to paste into a ticket. */
export function ticketText(call: SupportCall, app: { sdkAppId: number; region: string }): string {
  const lines = [
    `RequestId: ${call.requestId ?? "(none: no answer from Tencent)"}`,
    `Time (UTC): ${call.occurredAt}`,
    `SDKAppID: ${app.sdkAppId}`,
    `Region: ${app.region}`,
    `Command: ${call.command ?? "(none)"}`,
    `RoomId: ${call.roomId ?? "(none)"}`,
    `ErrorCode: ${call.errorCode ?? "(none)"}`,
    `ErrorInfo: ${call.errorInfo || "(none)"}`,
  ];
  return lines.join("\n");
}
