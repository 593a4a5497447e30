/** A call's or an event's id in a path: the audit row's integer id, never anything a lookup could choke on. */
export const isCallId = (id: string) => /^\d{1,15}$/.test(id);
