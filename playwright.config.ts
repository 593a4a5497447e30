import { defineConfig } from "@playwright/test";
import { appUrl, E2E, e2eServerEnv, multiUrl, trustedProxyAppUrl, type MultiInstanceName } from "./e2e/env";

/**
 * E2E_SINGLE_BUILD=1 leaves out the several-instances world (its two extra builds and its spec), for
 * running a few specs while working on them. The test command never sets it: CI runs everything.
 */
const singleBuild = process.env.E2E_SINGLE_BUILD === "1";

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  // Guard rails, not speed checks: CI shares the machine with other work, and a spec that takes 18 s
  // there takes 3 s on a quiet one. No spec asserts how long anything took.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: appUrl,
    browserName: "chromium",
    // The specs read English labels; languages.spec.ts picks its own locale per context.
    locale: "en-US",
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      // Playwright's own browser download is unreachable here: Debian's chromium is the browser.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // `setup` creates the first admin through the first-run page and a support user, and saves one
  // login per role; every other spec runs as admin unless it picks another storageState.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: singleBuild ? [/auth\.setup\.ts/, /multi-instance\.spec\.ts/] : /auth\.setup\.ts/,
      use: { storageState: "e2e/.auth/admin.json" },
    },
  ],
  webServer: [
    {
      command: "npx tsx lib/sandbox/main.ts",
      url: `http://127.0.0.1:${E2E.sandboxPort}/__sandbox/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { ...e2eServerEnv, SANDBOX_PORT: String(E2E.sandboxPort), SANDBOX_STATE_FILE: "" },
    },
    {
      // What `npm start` runs in production: Next behind server.mjs's header limits.
      command: `node server.mjs -H 127.0.0.1 -p ${E2E.appPort}`,
      url: `${appUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: e2eServerEnv,
    },
    {
      // A second instance of the same build on the same database, behind a (simulated) trusted proxy
      // that sets X-Real-IP: the throttle specs use it to show limits hold across instances.
      command: `node server.mjs -H 127.0.0.1 -p ${E2E.trustedProxyAppPort}`,
      url: `${trustedProxyAppUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...e2eServerEnv, TRUSTED_IP_HEADER: "x-real-ip" },
    },
    // Several instances for real (multi-instance.spec.ts): A on the e2e build, B on a second build with the
    // same key, and a control built with another key, on one Postgres and one Redis. B and the control
    // are built on first use (about a minute each), hence the long timeout.
    ...(singleBuild ? [] : (["a", "b", "otherKey"] as MultiInstanceName[])).map((name) => ({
      command: `npx tsx e2e/multi-instance-server.ts ${name}`,
      url: `${multiUrl(name)}/api/health`,
      reuseExistingServer: false,
      timeout: 600_000,
    })),
  ],
});
