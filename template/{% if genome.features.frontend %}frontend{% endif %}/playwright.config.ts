import { defineConfig } from "@playwright/test";

/**
 * The end-to-end suite (e2e/): a real browser against a running stack, the web app
 * and the API on one origin (E2E_BASE_URL). Playwright downloads no browser: it
 * runs the system's Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium).
 * https://playwright.dev/docs/test-configuration
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results",
  // The suite is one story told in order, by one browser.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 5 * 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost",
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
