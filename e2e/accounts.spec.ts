import { expect, test } from "./fixtures";
import { uniqueId } from "./factories";
import { waitForHydration } from "./helpers/forms";
import { sandbox } from "./helpers/sandbox";
import { inviteeBox, openScheduleForm, tabTo } from "./helpers/schedule-page";
import { expectNoSeriousA11yViolations } from "./helpers/support-page";

/** The Accounts page imports accounts into Tencent; the schedule form suggests them and warns about others. */

test("an account imported on the Accounts page is suggested in the invitee field", async ({ page }) => {
  const alice = uniqueId("acc-alice");
  const bob = uniqueId("acc-bob");
  await page.goto("/accounts");
  await waitForHydration(page);
  await expectNoSeriousA11yViolations(page, "accounts page");

  // Keyboard only: into the list, type, Tab to the button, Enter.
  await tabTo(page, page.getByLabel("UserIDs"));
  await page.keyboard.type(`${alice}\n${bob}`);
  await tabTo(page, page.getByRole("button", { name: "Import" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 accounts" })).toBeVisible();
  await expect(page.getByRole("cell", { name: alice })).toBeVisible();
  const calls = await sandbox.calls("multiaccount_import");
  expect(calls.at(-1)?.body).toEqual({ AccountList: [{ UserID: alice }, { UserID: bob }] });

  await openScheduleForm(page);
  const invitees = inviteeBox(page);
  await invitees.fill(alice.slice(0, alice.length - 3));
  const suggestion = page.getByRole("button", { name: `Use ${alice}` });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.getByRole("list", { name: "Invitees" })).toContainText(alice);
  await expect(page.getByText(/not imported through Roomdesk/)).toHaveCount(0);
  await invitees.fill(uniqueId("stranger"));
  await invitees.press("Enter");
  await expect(
    page.getByText("1 invitee was not imported through Roomdesk.", { exact: false }),
  ).toBeVisible();
});

test("a list past 1000 or a malformed UserID is refused beside the field, with nothing sent", async ({
  page,
}) => {
  await page.goto("/accounts");
  await waitForHydration(page);
  const before = (await sandbox.calls()).length;
  await page.getByLabel("UserIDs").fill("good_one bad/one");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("may use only letters, digits, _ and -")).toBeVisible();
  expect((await sandbox.calls()).length).toBe(before);
});
