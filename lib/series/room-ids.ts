/** Each occurrence's RoomId: the series' base and the occurrence's wall date, "standup-20271005". */
export const occurrenceRoomId = (base: string, date: string): string => `${base}-${date.replaceAll("-", "")}`;
