import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./env";
import { expectMeetingKept, fillMeeting, type MeetingEntry } from "./helpers/meeting-form";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, roomIdBox, scheduleButton } from "./helpers/schedule-page";

// The viewer sits in neither meeting zone, so the page must tell three clocks apart.
test.use({ timezoneId: "Asia/Kolkata" });

test.beforeEach(async () => {
  await sandbox.reset();
});

// Sandbox rooms are reset per test, but Roomdesk's own meeting index outlives a run.
const run = Date.now().toString(36);

const BERLIN: MeetingEntry = {
  name: "Quarterly review · 季度",
  roomId: `qr-${run}-ber`,
  owner: "owner_1",
  date: "2027-03-28",
  time: "09:00",
  // Berlin switches to summer time that night, so noon is already UTC+02:00.
  zone: { name: "Europe/Berlin", offsetOnDate: "UTC+02:00", search: "berlin" },
  duration: { option: "Custom…", customMinutes: 90 },
  // "alice" twice: skipped with a note, never silently dropped.
  invitees: { text: "alice, bob\ncarol, alice", how: "paste" },
  disable: ["Disable video for all", "Disable messages for all", "Disable cloud recording for all"],
  seats: { count: 8, mode: "Free to take" },
  capacity: 50,
  customInfo: '{"team":"finance","floor":7}',
};

const NEW_YORK: MeetingEntry = {
  name: "Board sync",
  roomId: `board-${run}-nyc`,
  date: "2027-03-14",
  time: "09:00",
  zone: { name: "America/New_York", offsetOnDate: "UTC-04:00", search: "new york" },
  duration: { option: "1 h" },
  invitees: { text: "dave eve", how: "type" },
  disable: ["Disable audio for all", "Disable screen sharing for all"],
};

/** Opens "Show request" and reads the JSON body the form says it will send. */
async function shownRequestBody(page: Page): Promise<unknown> {
  await page.getByText("Show request").click();
  return JSON.parse(await page.getByLabel("Request body").innerText()) as unknown;
}

async function expectConfirmation(page: Page, roomId: string): Promise<void> {
  await expect(confirmationHeading(page)).toBeVisible();
  const [call] = await sandbox.calls("create_room");
  expect(call?.requestId).toBeTruthy();
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(roomId);
  await expect(page.getByTestId("confirmation-request-id")).toHaveText(call!.requestId!);
}

test("every field set in the browser lands in the sandbox as typed (Berlin, DST day)", async ({ page }) => {
  const start = 1806217200; // 2027-03-28 09:00 CEST = 07:00 UTC
  await openScheduleForm(page);
  await fillMeeting(page, BERLIN);
  await expect(page.getByRole("status").filter({ hasText: "Skipped duplicate: alice" })).toBeVisible();
  await expect(page.getByText("3 / 300", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Clocks change in Europe/Berlin on 2027-03-28" }),
  ).toBeVisible();
  const shown = await shownRequestBody(page);
  await scheduleButton(page).click();
  await expectConfirmation(page, BERLIN.roomId);
  await expect(
    page.getByText("Sun, 28 Mar 2027, 09:00 (UTC+02:00) – Sun, 28 Mar 2027, 10:30 (UTC+02:00)"),
  ).toBeVisible();
  await expect(page.getByText("Sun, 28 Mar 2027, 12:30 (UTC+05:30)", { exact: false })).toBeVisible();

  const calls = await sandbox.calls();
  expect(calls.map((c) => c.command)).toEqual(["create_room"]);
  const body = {
    RoomInfo: {
      RoomId: BERLIN.roomId,
      RoomName: BERLIN.name,
      RoomType: "Conference",
      Owner_Account: "owner_1",
      MaxMemberCount: 50,
      ScheduleStartTime: start,
      ScheduleEndTime: start + 90 * 60,
      IsVideoDisabled: true,
      IsMessageDisabled: true,
      IsCloudRecordingDisabled: true,
      CustomInfo: BERLIN.customInfo,
      IsSeatEnabled: true,
      MaxSeatCount: 8,
      TakeSeatMode: "FreeToTake",
    },
    ScheduleInviteeList_Account: ["alice", "bob", "carol"],
  };
  expect(calls[0]!.body).toStrictEqual(body);
  expect(shown).toStrictEqual(body);

  expect(await sandbox.rooms()).toStrictEqual([
    {
      SdkAppId: E2E.sdkAppId,
      RoomId: BERLIN.roomId,
      RoomName: BERLIN.name,
      RoomType: "Conference",
      Owner_Account: "owner_1",
      MaxMemberCount: 50,
      MaxSeatCount: 8,
      IsVideoDisabled: true,
      IsAudioDisabled: false,
      IsMessageDisabled: true,
      IsScreenSharingDisabled: false,
      IsCloudRecordingDisabled: true,
      CustomInfo: BERLIN.customInfo,
      ScheduleStartTime: start,
      ScheduleEndTime: start + 90 * 60,
      IsSeatEnabled: true,
      TakeSeatMode: "FreeToTake",
      CreateTime: expect.any(Number),
      ScheduleInviteeList_Account: ["alice", "bob", "carol"],
      RoomStatus: "NotStarted",
      MemberCount: 0,
    },
  ]);
});

test("a meeting on New York's DST day gets that day's offset; unset options are left out", async ({
  page,
}) => {
  const start = 1805029200; // 2027-03-14 09:00 EDT = 13:00 UTC
  await openScheduleForm(page);
  await fillMeeting(page, NEW_YORK);
  await scheduleButton(page).click();
  await expectConfirmation(page, NEW_YORK.roomId);

  const [call] = await sandbox.calls("create_room");
  expect(call!.body).toStrictEqual({
    RoomInfo: {
      RoomId: NEW_YORK.roomId,
      RoomName: NEW_YORK.name,
      RoomType: "Conference",
      ScheduleStartTime: start,
      ScheduleEndTime: start + 3600,
      IsAudioDisabled: true,
      IsScreenSharingDisabled: true,
    },
    ScheduleInviteeList_Account: ["dave", "eve"],
  });
  expect(await sandbox.rooms()).toStrictEqual([
    expect.objectContaining({
      RoomId: NEW_YORK.roomId,
      RoomName: NEW_YORK.name,
      Owner_Account: E2E.adminUserId,
      ScheduleStartTime: start,
      ScheduleEndTime: start + 3600,
      IsVideoDisabled: false,
      IsAudioDisabled: true,
      IsScreenSharingDisabled: true,
      IsSeatEnabled: false,
      CustomInfo: "",
      ScheduleInviteeList_Account: ["dave", "eve"],
    }),
  ]);
});

test("a Room ID already in use is refused in plain words with 100003 and the RequestId; nothing typed is lost", async ({
  page,
}) => {
  await sandbox.createRoom({
    RoomId: BERLIN.roomId,
    RoomName: "Someone else's room",
    Owner_Account: "someone-else",
  });
  await openScheduleForm(page);
  await fillMeeting(page, BERLIN);
  await scheduleButton(page).click();

  const alert = page.getByRole("alert").filter({ hasText: "The meeting was not scheduled" });
  await expect(alert).toContainText("This Room ID is already in use.");
  await expect(alert).toContainText("100003");
  const [call] = await sandbox.calls("create_room");
  expect(call!.errorCode).toBe(100003);
  await expect(alert).toContainText(call!.requestId!);
  await expect(roomIdBox(page)).toHaveAttribute("aria-invalid", "true");
  await expect(roomIdBox(page)).toHaveAccessibleDescription(/Already in use: choose another Room ID/);
  await expect(confirmationHeading(page)).toHaveCount(0);
  await expectMeetingKept(page, BERLIN, ["alice", "bob", "carol"]);
});

test("a double click on Schedule sends exactly one create_room", async ({ page }) => {
  // A slow answer keeps the first submit pending while the second click lands.
  await sandbox.injectFault({ command: "create_room", kind: "latency", ms: 800 });
  const actionPosts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actionPosts.push(r.url());
  });
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)" }).fill("Double click");
  await scheduleButton(page).dblclick();
  await expect(confirmationHeading(page)).toBeVisible();
  expect(await sandbox.calls("create_room")).toHaveLength(1);
  expect(actionPosts).toHaveLength(1);
});
