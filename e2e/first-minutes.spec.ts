import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, scheduleButton } from "./helpers/schedule-page";

test("the dashboard says Sandbox, and health reports mode and region without a secret", async ({
  page,
  request,
}) => {
  await page.goto("/schedule");
  await expect(page.getByTestId("sandbox-badge")).toHaveText("Sandbox");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const link of ["Schedule", "Meetings", "Support"])
    await expect(nav.getByRole("link", { name: link })).toBeVisible();

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const body = await health.text();
  expect(JSON.parse(body)).toMatchObject({
    status: "ok",
    database: { ok: true, engine: "sqlite" },
    trtc: { mode: "sandbox", region: "singapore" },
  });
  expect(body).not.toContain(E2E.secretKey);
  expect(body).not.toContain(String(E2E.sdkAppId));
});

test("the sign-in page shows the Sandbox badge too", async ({ browser }) => {
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await anonymous.newPage();
  await page.goto("/login");
  await expect(page.getByTestId("sandbox-badge")).toBeVisible();
  await anonymous.close();
});

test("scheduling takes a name and one press; the confirmation shows the sandbox's RoomId and RequestId", async ({
  page,
}) => {
  await sandbox.reset();
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: /Meeting name/ }).fill("Stand-up");
  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();
  const [call] = await sandbox.calls("create_room");
  const sent = call!.body as { RoomInfo: { RoomId: string } };
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(sent.RoomInfo.RoomId);
  await expect(page.getByTestId("confirmation-request-id")).toHaveText(call!.requestId!);
});
