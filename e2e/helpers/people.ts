import { expect, type Page } from "@playwright/test";
import { sandboxUrl } from "../env";
import { sandbox } from "./sandbox";

/** Simulated attendees and the meeting page's People and Seats tabs. */

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sandboxUrl}/__sandbox/rooms/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export const people = {
  enter: (roomId: string, account: string, nameCard = "") =>
    control("POST", `${encodeURIComponent(roomId)}/members`, { Member_Account: account, NameCard: nameCard }),
  of: async (roomId: string) =>
    (await control("GET", `${encodeURIComponent(roomId)}/people`)).json as {
      members: { Member_Account: string; Role: string }[];
      bans: { Member_Account: string; BannedUntil: number }[];
      seats: { Index: number; Member_Account: string; IsTakenDisabled: boolean }[];
    },
};

export const guest = (n: number) => `guest-${String(n).padStart(3, "0")}`;

/** A running room with seats, stored as another tool would have made it, then imported into Roomdesk. */
export async function importRunningRoom(page: Page, roomId: string): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  await sandbox.createRoom({
    RoomId: roomId,
    RoomName: `Town hall ${roomId}`,
    ScheduleStartTime: now - 60,
    ScheduleEndTime: now + 3600,
    IsSeatEnabled: true,
    MaxSeatCount: 6,
    TakeSeatMode: "FreeToTake",
  });
  await page.goto("/meetings");
  // A click on the section before the page has hydrated can be undone by hydration: open it until its field shows.
  const roomIdField = page.getByLabel("Room ID", { exact: true });
  await expect(async () => {
    if (!(await roomIdField.isVisible())) await page.getByText("Import a room by Room ID").click();
    await expect(roomIdField).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await roomIdField.fill(roomId);
  await page.getByRole("button", { name: "Import room" }).click();
  await page.waitForURL(new RegExp(`/meetings/${roomId}$`));
  await expect(page.getByRole("tab", { name: "People" })).toBeVisible();
}

export const memberCheckbox = (page: Page, account: string) =>
  page.getByRole("checkbox", { name: `Select ${account}` });

export const dialog = (page: Page) => page.getByRole("dialog");
