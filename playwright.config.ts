import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const DEMO_PORT = PORT + 1;
// One host name throughout: the session cookie is set for it.
const baseURL = `http://localhost:${PORT}`;
const demoURL = `http://localhost:${DEMO_PORT}`;
const freshDb = (name: string) => `rm -f data/${name}.db data/${name}.db-wal data/${name}.db-shm`;

// Playwright cannot download its own browser on every machine: use Debian's
// chromium where it is installed, Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.setup\.ts/ },
    { name: "app", use: { ...devices["Desktop Chrome"] }, dependencies: ["first-run"], testIgnore: [/\.setup\.ts/, /demo\//] },
    { name: "demo", use: { ...devices["Desktop Chrome"], baseURL: demoURL }, testMatch: /demo\/.*\.spec\.ts/ },
  ],
  webServer: [
    {
      // A fresh database each run: the first-run test needs a dashboard with no users.
      command: `${freshDb("e2e")} && node scripts/start.mjs`,
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { PORT: String(PORT), DATABASE_URL: "file:./data/e2e.db", LAUNCHPAD_DEMO: "0", NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // Demo mode exactly as a fresh machine without AWS credentials gets it.
      command: `${freshDb("e2e-demo")} && node scripts/start.mjs`,
      url: `${demoURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(DEMO_PORT),
        LAUNCHPAD_DEMO_DATABASE: "file:./data/e2e-demo.db",
        LAUNCHPAD_DEMO: "1",
        SIM_AWS_PORT: String(PORT + 1566),
        SIM_DNS_PORT: String(PORT + 2554),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
