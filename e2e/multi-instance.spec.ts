import { expect, test } from "@playwright/test";
import { actionRequest, findAction, parseActionResult } from "../scripts/lib/actions";
import { appUrl, trustedProxyAppUrl } from "./env";
import { sandbox } from "./helpers/sandbox";
import { scheduleInput } from "../tests/schedule-input";

/** Two instances of one build on one database: a form rendered by A must be accepted by B. */
test("the schedule action rendered on one instance is accepted by another, 50 times", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await sandbox.reset();
  await page.goto(`${appUrl}/schedule`);
  await expect(page.getByRole("button", { name: "Schedule" })).toBeVisible();
  const cookie = (await context.cookies(appUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
  const action = findAction("scheduleMeetingAction");
  const date = new Date(Date.now() + 5 * 86400_000).toISOString().slice(0, 10);

  for (let i = 0; i < 50; i++) {
    const roomId = `multi-${Date.now().toString(36)}-${i}`;
    const input = scheduleInput({
      roomId,
      roomName: `Cross-instance ${i}`,
      schedule: { date, time: "10:00", timeZone: "Asia/Kathmandu", durationMinutes: 45 },
    });
    const req = actionRequest(trustedProxyAppUrl, action, [input], cookie);
    const res = await fetch(req.url, {
      ...req.init,
      headers: { ...req.init.headers, origin: trustedProxyAppUrl },
    });
    const text = await res.text();
    expect(text).not.toContain("Failed to find Server Action");
    expect(parseActionResult(text)).toMatchObject({ ok: true, roomId });
  }
  expect(await sandbox.calls("create_room")).toHaveLength(50);
});
