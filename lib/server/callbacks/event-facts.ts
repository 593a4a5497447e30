import "server-only";

/** The room an event is about: `RoomId`, or `RoomInfo.RoomId` for create and update (docs/trtc-api.md §6.3). */
export function eventRoomId(body: Record<string, unknown>): string | null {
  if (typeof body.RoomId === "string") return body.RoomId.slice(0, 128);
  const info = body.RoomInfo;
  if (typeof info === "object" && info !== null && typeof (info as { RoomId?: unknown }).RoomId === "string")
    return (info as { RoomId: string }).RoomId.slice(0, 128);
  return null;
}

/** Everyone an event names: who did it, who entered or left, who sits on a seat. Distinct, non-empty. */
export function eventAccounts(body: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === "string" && v !== "" && v.length <= 64) names.add(v);
    else if (typeof v === "number") names.add(String(v));
  };
  add(body.Operator_Account);
  if (Array.isArray(body.MemberList_Account)) body.MemberList_Account.forEach(add);
  if (Array.isArray(body.SeatList))
    for (const seat of body.SeatList)
      if (typeof seat === "object" && seat !== null)
        add((seat as { Member_Account?: unknown }).Member_Account);
  return [...names];
}
