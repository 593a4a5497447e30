import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectFieldError, recordActionPosts, waitForHydration } from "./helpers/forms";
import { sandbox } from "./helpers/sandbox";
import {
  confirmationHeading,
  inviteeBox,
  openScheduleForm,
  pickTimeZone,
  roomIdBox,
  scheduleButton,
} from "./helpers/schedule-page";

// The viewer is in none of the meetings' zones: London is UTC+01:00 in May 2030.
test.use({ timezoneId: "Europe/London" });
test.describe.configure({ mode: "serial" });

// The e2e database outlives a run; a per-run token keeps this spec's meetings apart from earlier ones.
const run = Date.now().toString(36);
const invitee = `inv_${run}`;

interface Entry {
  name: string;
  roomId: string;
  date: string;
  time: string;
  zone: { name: string; offsetOnDate: string; search: string };
  invitees?: string;
}

const NEW_YORK: Entry = {
  name: `Retro ${run}`,
  roomId: `e2e-${run}-nyc`,
  date: "2030-05-05",
  time: "18:00", // 22:00 UTC, 23:00 in London: Sunday
  zone: { name: "America/New_York", offsetOnDate: "UTC-04:00", search: "new york" },
};
const TOKYO: Entry = {
  name: `Kickoff ${run}`,
  roomId: `e2e-${run}-tyo`,
  date: "2030-05-06",
  time: "09:00", // 00:00 UTC, 01:00 in London: Monday
  zone: { name: "Asia/Tokyo", offsetOnDate: "UTC+09:00", search: "tokyo" },
};
const BERLIN: Entry = {
  name: `Review ${run}`,
  roomId: `e2e-${run}-ber`,
  date: "2030-05-06",
  time: "10:00", // 08:00 UTC, 09:00 in London: Monday
  zone: { name: "Europe/Berlin", offsetOnDate: "UTC+02:00", search: "berlin" },
  invitees: `${invitee} someone_else`,
};

/** Through the Schedule page, as an admin would (default 30-minute duration). */
async function schedule(page: Page, m: Entry) {
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: /^Meeting name/ }).fill(m.name);
  await roomIdBox(page).fill(m.roomId);
  await page.getByLabel("Date", { exact: true }).fill(m.date);
  await page.getByLabel("Start time", { exact: true }).fill(m.time);
  await pickTimeZone(page, m.zone.name, m.zone.offsetOnDate, m.zone.search);
  if (m.invitees) {
    await inviteeBox(page).fill(m.invitees);
    await inviteeBox(page).press("Enter");
  }
  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();
}

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search" });
// Each row's name; its row actions (.ics, Edit) are links too.
const nameLinks = (scope: Locator) => scope.getByRole("link").filter({ hasNotText: /^(\.ics|Edit)$/ });
const meetingLinks = (page: Page) => nameLinks(page.getByRole("main").getByRole("listitem"));

test.beforeAll(async () => {
  await sandbox.reset();
});

test("scheduled meetings are listed by start, grouped by the viewer's day, and found by invitee", async ({
  page,
}) => {
  // Scheduled out of order on purpose.
  for (const m of [BERLIN, NEW_YORK, TOKYO]) await schedule(page, m);

  await page.goto(`/meetings?q=${run}`);
  await expect(searchBox(page)).toHaveValue(run);
  await expect(meetingLinks(page)).toHaveText([NEW_YORK.name, TOKYO.name, BERLIN.name]);
  const sunday = page.getByRole("region", { name: "Sun, 5 May 2030" });
  const monday = page.getByRole("region", { name: "Mon, 6 May 2030" });
  await expect(nameLinks(sunday)).toHaveText([NEW_YORK.name]);
  await expect(nameLinks(monday)).toHaveText([TOKYO.name, BERLIN.name]);
  await expect(sunday.getByText("23:00 – 23:30")).toBeVisible();

  await searchBox(page).fill(invitee.toUpperCase());
  await expect(page).toHaveURL(new RegExp(`q=${invitee.toUpperCase()}`));
  await expect(meetingLinks(page)).toHaveText([BERLIN.name]);

  // The URL alone reproduces the view.
  await page.goto(`/meetings?q=${invitee}&from=2030-05-06&to=2030-05-06`);
  await expect(meetingLinks(page)).toHaveText([BERLIN.name]);
  await page.goto(`/meetings?q=${run}&from=2030-05-05&to=2030-05-05`);
  await expect(meetingLinks(page)).toHaveText([NEW_YORK.name]);
});

test("edit shows the diff, changes the room on Tencent, and lands in the timeline", async ({ page }) => {
  await page.goto(`/meetings/${BERLIN.roomId}`);
  await expect(page.getByRole("heading", { level: 1, name: BERLIN.name })).toBeVisible();
  await expect(page.getByTestId("live-room-status")).toHaveText("NotStarted");
  const when = page.getByRole("region", { name: "When" });
  await expect(when).toContainText("Mon, 6 May 2030, 10:00 – 10:30 (UTC+02:00)");
  await expect(when).toContainText("Mon, 6 May 2030, 09:00 – 09:30 (UTC+01:00)");
  await expect(when).toContainText("Mon, 6 May 2030, 08:00 – 08:30 (UTC+00:00)");

  await page.getByRole("link", { name: "Edit meeting" }).click();
  // A name over Tencent's byte limit is flagged beside the field; nothing is reviewed or sent.
  const posts = recordActionPosts(page);
  const nameBox = page.getByRole("textbox", { name: "Meeting name" });
  await nameBox.fill("x".repeat(101));
  await page.getByRole("button", { name: "Review changes" }).click();
  await expectFieldError(nameBox, "Room name is 101 bytes; the limit is 100.");
  await expect(page.getByRole("list", { name: "Changes to save" })).toHaveCount(0);
  expect(posts).toEqual([]);

  const renamed = `Review ${run} (moved)`;
  await nameBox.fill(renamed);
  await page.getByRole("switch", { name: "Disable audio for all" }).check();
  await page.getByRole("button", { name: "Review changes" }).click();
  const changes = page.getByRole("list", { name: "Changes to save" });
  await expect(changes.getByRole("listitem")).toHaveText([
    `Meeting name: ${BERLIN.name} → ${renamed}`,
    "Disable audio for all: no → yes",
  ]);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  const room = (await sandbox.rooms()).find((r) => r.RoomId === BERLIN.roomId);
  expect(room).toMatchObject({ RoomName: renamed, IsAudioDisabled: true, IsVideoDisabled: false });
  const [update] = await sandbox.calls("update_room_info");
  expect(update?.requestId).toBeTruthy();
  const timeline = page.getByRole("region", { name: "Audit timeline" });
  await expect(timeline.getByRole("row").filter({ hasText: "room.update" })).toContainText(
    update!.requestId!,
  );
  await expect(page.getByText("Calendar sequence")).toBeVisible();
});

test("cancel asks for the name, destroys the room and files it under Cancelled", async ({ page }) => {
  const renamed = `Review ${run} (moved)`;
  await page.goto(`/meetings/${BERLIN.roomId}`);
  await page.getByRole("button", { name: "Cancel meeting" }).click();
  const dialog = page.getByRole("dialog", { name: `Cancel “${renamed}”?` });
  const confirm = dialog.getByRole("button", { name: "Cancel meeting" });
  await expect(confirm).toBeDisabled();
  // Another name keeps the button asleep and is flagged beside the field on leaving it; nothing is sent.
  const posts = recordActionPosts(page);
  const nameBox = dialog.getByRole("textbox", { name: "Type the meeting name to confirm" });
  await nameBox.fill(renamed.toUpperCase());
  await nameBox.press("Enter");
  await nameBox.press("Tab");
  await expectFieldError(nameBox, `Type the meeting name exactly: ${renamed}`);
  await expect(confirm).toBeDisabled();
  expect(posts).toEqual([]);
  expect(await sandbox.calls("destroy_room")).toEqual([]);

  await nameBox.fill(renamed);
  await expect(nameBox).not.toHaveAttribute("aria-invalid");
  await confirm.click();
  // The meeting's own notice ("Cancelled at …"), not the toast that also says it was cancelled.
  await expect(page.getByRole("status").filter({ hasText: /^Cancelled/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel meeting" })).toHaveCount(0);

  expect((await sandbox.rooms()).some((r) => r.RoomId === BERLIN.roomId)).toBe(false);
  await expect(
    page.getByRole("region", { name: "Audit timeline" }).getByRole("row").filter({ hasText: "room.destroy" }),
  ).toContainText("ok");

  const ics = await page.request.get(`/api/meetings/${BERLIN.roomId}/ics`);
  const text = await ics.text();
  expect(text).toContain("METHOD:CANCEL\r\n");
  expect(text).toContain("STATUS:CANCELLED\r\n");
  expect(text).toContain("SEQUENCE:2\r\n");

  await page.goto(`/meetings?tab=cancelled&q=${run}`);
  await expect(meetingLinks(page)).toHaveText([renamed]);
  await page.goto(`/meetings?q=${run}`);
  await expect(meetingLinks(page)).toHaveText([NEW_YORK.name, TOKYO.name]);
});

test("import brings in a room created elsewhere; an unknown RoomId says no such room", async ({ page }) => {
  const roomId = `ext-${run}`;
  const start = Math.floor(Date.UTC(2030, 4, 7, 3, 0) / 1000);
  await sandbox.createRoom({
    RoomId: roomId,
    RoomName: `Made elsewhere ${run}`,
    Owner_Account: "carol",
    ScheduleStartTime: start,
    ScheduleEndTime: start + 3600,
  });

  await page.goto("/meetings");
  await waitForHydration(page);
  await page.getByText("Import a room by Room ID").click();
  const roomIdBox = page.getByRole("textbox", { name: "Room ID" });
  const posts = recordActionPosts(page);
  await page.getByRole("button", { name: "Import room" }).click();
  await expectFieldError(roomIdBox, "Enter the Room ID to import.");
  // A text input drops typed line breaks but keeps a tab; the browser refuses it, as the server would.
  const getsBefore = (await sandbox.calls("get_room_info")).length;
  await roomIdBox.fill(`${roomId}\tBEGIN:VEVENT`);
  const zoneBox = page.getByRole("combobox", { name: "Planned in time zone" });
  await zoneBox.fill("Tokyo");
  await page.getByRole("option", { name: /^Asia\/Tokyo — UTC\+09:00$/ }).click();
  await expect(zoneBox).toHaveValue("Asia/Tokyo");
  await page.getByRole("button", { name: "Import room" }).click();
  await expect(page.getByText("Room ID contains a tab (U+0009)", { exact: false })).toBeVisible();
  await expectFieldError(
    roomIdBox,
    "Room ID contains a tab (U+0009); line breaks, tabs and other control characters are not allowed",
  );
  expect(await sandbox.calls("get_room_info")).toHaveLength(getsBefore);
  expect(posts).toEqual([]);

  // Tencent's "no such room" comes back as the server's error on the field.
  await roomIdBox.fill(`missing-${run}`);
  await page.getByRole("button", { name: "Import room" }).click();
  await expect(page.getByText(/No such room/)).toBeVisible();
  await expectFieldError(roomIdBox, `No such room: Tencent has no room "missing-${run}" (error 100004).`);
  expect(posts).toHaveLength(1);

  await roomIdBox.fill(roomId);
  await page.getByRole("button", { name: "Import room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Made elsewhere ${run}` })).toBeVisible();
  await expect(page.getByText("Imported from Tencent")).toBeVisible();
  await expect(page.getByText("Tue, 7 May 2030, 12:00 – 13:00 (UTC+09:00)")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Audit timeline" }).getByRole("row").filter({ hasText: "room.import" }),
  ).toContainText("ok");
});

test("a RoomId with a line break in a link is refused with the field named, not looked up", async ({
  page,
}) => {
  for (const path of ["", "/ics", "/live"]) {
    const res = await page.request.get(`/api/meetings/${encodeURIComponent("rd-1\r\nBEGIN:VEVENT")}${path}`);
    expect(res.status()).toBe(400);
    expect(await res.json()).toEqual({
      error:
        "Room ID contains a carriage return (U+000D); line breaks, tabs and other control characters are not allowed",
    });
  }
});
