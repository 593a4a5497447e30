import { expect, type Page } from "@playwright/test";

export const searchBox = (page: Page) =>
  page.getByRole("searchbox", { name: "RequestId, RoomId, user or ErrorCode" });

/** Waits until the results table (or its empty state) replaced the loading line. */
export async function waitForResults(page: Page): Promise<void> {
  await expect(page.getByText("Searching…")).toHaveCount(0);
  await expect(page.getByTestId("support-row").first().or(page.getByText("No calls match."))).toBeVisible();
}

/** RequestIds of every row, after following "Load more" to the end. */
export async function tableRequestIds(page: Page): Promise<string[]> {
  const more = page.getByRole("button", { name: "Load more" });
  while (await more.isVisible()) {
    await more.click();
    await expect(page.getByRole("button", { name: "Loading…" })).toHaveCount(0);
  }
  return page
    .getByTestId("support-row")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-request-id") ?? ""));
}

export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target),
    }));
  });
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
    where,
  ).toEqual([]);
}
