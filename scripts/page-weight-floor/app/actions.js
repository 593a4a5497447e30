"use server";

/** Submitted through a server action, as Roomdesk's forms are. */
export async function scheduleAction(values) {
  return { ok: true, roomName: String(values?.roomName ?? "") };
}
