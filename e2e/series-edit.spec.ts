import { expect, test } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import { fillSeries, roomsWith, scheduleSeries, untilAllScheduled } from "./helpers/series-page";

const run = Date.now().toString(36);
const berlin = (offsetOnDate: string) => ({ name: "Europe/Berlin", offsetOnDate, search: "berlin" });

test.beforeEach(async () => {
  await sandbox.reset();
});

test("a weekly series of 5: audio off from the 3rd on, then max members for all, each room as asked", async ({
  page,
}) => {
  const base = `se-${run}`;
  await fillSeries(page, {
    name: "Planning",
    base,
    date: "2027-09-28",
    time: "09:00",
    zone: berlin("UTC+02:00"),
  });
  await page.getByRole("checkbox", { name: "Tuesday" }).check();
  await page.getByRole("spinbutton", { name: "Number of meetings" }).fill("5");
  await scheduleSeries(page, "Schedule 5 meetings").click();
  await untilAllScheduled(page, 5);

  await page.getByRole("button", { name: "Change meeting 3" }).click();
  const edit = page.getByRole("region", { name: "Name and settings" });
  await edit.getByRole("switch", { name: "Disable audio for all" }).check();
  await edit
    .getByRole("combobox", { name: "Apply to" })
    .selectOption({ label: "This and following meetings" });
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Saved for 3 meetings." })).toBeVisible();
  const muted = await roomsWith(base);
  expect(muted.map((r) => r.IsAudioDisabled)).toEqual([false, false, true, true, true]);
  expect(await sandbox.calls("update_room_info")).toHaveLength(3);

  // The form starts again from what meeting 3 has now: only the new limit is sent, for all five.
  await expect(edit.getByRole("switch", { name: "Disable audio for all" })).toBeChecked();
  await edit.getByRole("spinbutton", { name: /^Max members/ }).fill("40");
  await edit.getByRole("combobox", { name: "Apply to" }).selectOption({ label: "All meetings" });
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Saved for 5 meetings." })).toBeVisible();
  const limited = await roomsWith(base);
  expect(limited.map((r) => r.MaxMemberCount)).toEqual(Array(5).fill(40));
  expect(limited.map((r) => r.IsAudioDisabled)).toEqual([false, false, true, true, true]);

  // A limit past the package is refused beside its field, and nothing is sent.
  const calls = (await sandbox.calls("update_room_info")).length;
  await edit.getByRole("spinbutton", { name: /^Max members/ }).fill("100000");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText(/Max members: at most \d+/)).toBeVisible();
  expect(await sandbox.calls("update_room_info")).toHaveLength(calls);
});

test("a series starting on a wall time that happens twice asks once, in its table, and uses that answer", async ({
  page,
}) => {
  const base = `sr-${run}`;
  // 2027-10-31: Berlin's clocks go back from 03:00 to 02:00, so 02:30 happens twice.
  await fillSeries(page, {
    name: "Night",
    base,
    date: "2027-10-31",
    time: "02:30",
    zone: berlin("UTC+01:00"),
  });
  await page.getByRole("checkbox", { name: "Sunday" }).check();
  await page.getByRole("spinbutton", { name: "Number of meetings" }).fill("2");
  const flag = page.getByRole("combobox", {
    name: "02:30 happens twice that day in Europe/Berlin (the clocks go back)",
  });
  await expect(flag).toBeVisible();
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
  await flag.selectOption({ label: "The second 02:30 (UTC+01:00)" });
  await scheduleSeries(page, "Schedule 2 meetings").click();
  await untilAllScheduled(page, 2);
  const rooms = await roomsWith(base);
  expect(rooms.map((r) => new Date(r.ScheduleStartTime * 1000).toISOString())).toEqual([
    "2027-10-31T01:30:00.000Z",
    "2027-11-07T01:30:00.000Z",
  ]);
});

test("audio off for all, chosen on the one meeting that already has it: the other two get it, that one no call", async ({
  page,
}) => {
  const base = `sa-${run}`;
  await fillSeries(page, {
    name: "Review",
    base,
    date: "2027-09-28",
    time: "09:00",
    zone: berlin("UTC+02:00"),
  });
  await page.getByRole("checkbox", { name: "Tuesday" }).check();
  await page.getByRole("spinbutton", { name: "Number of meetings" }).fill("3");
  await scheduleSeries(page, "Schedule 3 meetings").click();
  await untilAllScheduled(page, 3);

  // Meeting 1 alone has audio off.
  await page.getByRole("button", { name: "Change meeting 1" }).click();
  const edit = page.getByRole("region", { name: "Name and settings" });
  const audio = edit.getByRole("switch", { name: "Disable audio for all" });
  const applyAudio = edit.getByRole("checkbox", { name: "Apply “Disable audio for all”" });
  await audio.check();
  await expect(applyAudio).toBeChecked();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Saved for 1 meeting." })).toBeVisible();
  const rooms = await roomsWith(base);
  expect(rooms.map((r) => r.IsAudioDisabled)).toEqual([true, false, false]);

  // The form starts again from meeting 1, audio already off and nothing applied: saving asks for a field.
  await expect(audio).toBeChecked();
  await expect(applyAudio).not.toBeChecked();
  const calls = (await sandbox.calls("update_room_info")).length;
  await edit.getByRole("combobox", { name: "Apply to" }).selectOption({ label: "All meetings" });
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Choose at least one field to apply before saving")).toBeVisible();

  // Toggled off and on again it equals meeting 1's value, and is still applied.
  await audio.uncheck();
  await audio.check();
  await expect(applyAudio).toBeChecked();
  // A field edited by mistake is taken back by unticking its Apply: meeting 1's value again, not sent.
  const video = edit.getByRole("switch", { name: "Disable video for all" });
  await video.check();
  const applyVideo = edit.getByRole("checkbox", { name: "Apply “Disable video for all”" });
  await expect(applyVideo).toBeChecked();
  await applyVideo.uncheck();
  await expect(video).not.toBeChecked();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(
    edit.getByRole("status").filter({ hasText: "Saved for 2 meetings; 1 meeting already had these values." }),
  ).toBeVisible();
  const after = await roomsWith(base);
  expect(after.map((r) => r.IsAudioDisabled)).toEqual([true, true, true]);
  expect(after.map((r) => r.IsVideoDisabled)).toEqual([false, false, false]);
  const updates = (await sandbox.calls("update_room_info")).slice(calls);
  expect(updates.map((c) => (c.body as { RoomInfo: { RoomId: string } }).RoomInfo.RoomId)).toEqual(
    rooms.slice(1).map((r) => r.RoomId),
  );
  // Meeting 1 kept its values, so the form was not started again; after the save nothing is applied.
  await expect(applyAudio).not.toBeChecked();
});
