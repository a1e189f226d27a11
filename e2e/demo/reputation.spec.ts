import { expect, test, type Page } from "@playwright/test";
import { setSimulatedAccount, signIn } from "../helpers";

// The demo account's metric history (sim/aws/demo-scenario.ts): about 1.2% bounces, with a 7% day nine days ago.
test("the reputation page shows the demo's rates and the bounce spike, and an admin creates the alarms in one click", async ({ page }) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByRole("link", { name: "Reputation", exact: true })).toBeVisible();
  await page.goto("/reputation?range=30d");

  // Incremental: reading again stores nothing twice, so the test stands alone whether or not a collection ran before.
  await page.getByRole("button", { name: "Read metrics now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Read \d+ new or changed period/ })).toBeVisible({ timeout: 30_000 });
  await page.reload();

  const bounce = page.getByTestId("bounce-rate");
  await expect(bounce.getByTestId("bounce-rate-value")).toHaveText(/^\d\.\d\d%$/);
  await expect(bounce.locator("[data-status]")).toHaveAttribute("data-status", "healthy");
  await expect(bounce).toContainText("sending may be paused from 10%");
  await expect(page.getByTestId("complaint-rate").locator("[data-status]")).toHaveAttribute("data-status", "healthy");
  await expect(page.getByRole("link", { name: "Amazon SES enforcement FAQ" })).toBeVisible();

  // The spike, above the 5% review level, in the charts' range and explained below them.
  await expect(page.getByTestId("spike-list")).toContainText(/Bounce rate up to 7\.00% \(review level\)/);
  await expect(page.getByTestId("bounce-rate-chart").locator(".recharts-reference-area").first()).toBeAttached();
  await expect(page.getByTestId("reputation-volume-chart")).toBeVisible();

  // A shorter range leaves the spike out.
  await page.getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(page.getByText("No period in this range reached AWS's review level.")).toBeVisible();

  // CSV of the chart's data.
  const csv = await page.request.get("/api/reputation?range=7d&format=csv");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toBe(
    "time_utc,bounce_rate,bounce_rate_max,complaint_rate,complaint_rate_max,send,delivery,bounce,complaint,reject",
  );

  await page.getByRole("button", { name: "Create or repair alarms" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The 4 recommended alarms now notify" })).toBeVisible({ timeout: 30_000 });
  const alarms = page.getByTestId("alarm-list").locator("[data-alarm-status]");
  await expect(alarms).toHaveCount(4);
  for (const status of await alarms.evaluateAll((els) => els.map((e) => e.getAttribute("data-alarm-status")))) expect(status).toBe("ok");
});

/** A new account reading (the readiness page's Refresh), then the metrics and alerts (the reputation page's button). */
async function readEverything(page: Page) {
  await page.goto("/readiness");
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/readiness")),
    page.getByRole("button", { name: "Refresh" }).click(),
  ]);
  await page.goto("/reputation");
  await page.getByRole("button", { name: "Read metrics now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Read \d+ new or changed period/ })).toBeVisible({ timeout: 30_000 });
}

test("an enforcement change raises one alert, which an operator acknowledges", async ({ page, request, baseURL }) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByRole("link", { name: "Reputation", exact: true })).toBeVisible();
  await setSimulatedAccount(request, baseURL, { account: { EnforcementStatus: "PROBATION" } });
  try {
    await readEverything(page);
    await expect(page.getByTestId("open-alerts")).toContainText("Enforcement status PROBATION in us-east-1");
    await page.getByRole("link", { name: "Open the alert list" }).click();
    const open = page
      .getByTestId("alert-list")
      .locator("li")
      .filter({ hasText: "Enforcement status PROBATION in us-east-1" })
      .filter({ has: page.getByRole("button", { name: "Acknowledge" }) });
    await expect(open).toHaveCount(1);
    const id = await open.getAttribute("data-alert-id");
    await open.getByRole("button", { name: "Acknowledge" }).click();
    await expect(page.locator(`[data-alert-id="${id}"]`)).toContainText("Acknowledged by demo@example.com");
  } finally {
    // Back to the account the other demo specs expect, and to the alert state that goes with it.
    await setSimulatedAccount(request, baseURL, { account: { EnforcementStatus: "HEALTHY" } });
    await readEverything(page);
  }
});
