import type { Page } from "@playwright/test";

/** The accounts auth.setup.ts creates on the fresh e2e database (the database is deleted before each run). */
export const USERS = {
  admin: { name: "E2E Admin", email: "admin@e2e.example", password: "e2e admin passphrase 1" },
  support: { name: "E2E Support", email: "support@e2e.example", password: "e2e support passphrase 1" },
} as const;

export const STORAGE = { admin: "e2e/.auth/admin.json", support: "e2e/.auth/support.json" } as const;

export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signing in lands on the home page, for both roles. */
export const waitForHome = (page: Page) => page.waitForURL((url) => url.pathname === "/");
