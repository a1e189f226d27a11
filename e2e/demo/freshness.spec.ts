import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// The readiness page and the API serve stored readings: after an action, they must already show its effect,
// with no Refresh in between.
test("demo: after creating the alarms, the checklist and every status show the new reading without a refresh", async ({ page }) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByTestId("demo-banner")).toBeVisible();
  const before = Date.now() - 1000;

  await page.goto("/reputation");
  await page.getByRole("button", { name: "Create or repair alarms" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The 4 recommended alarms now notify" })).toBeVisible({ timeout: 30_000 });

  await page.goto("/readiness");
  const alarms = page.getByTestId("check-monitoring.alarms");
  await expect(alarms.locator("[data-status]").first()).toHaveAttribute("data-status", "done");
  await expect(alarms).toContainText("Both reputation rates have alarms with actions.");

  const api = await (await page.request.get("/api/readiness?region=us-east-1")).json();
  expect(Date.parse(api.regions[0].readAt)).toBeGreaterThanOrEqual(before);
  expect(api.regions[0].checks.find((c: { id: string }) => c.id === "monitoring.alarms").status).toBe("done");

  // Every status says when it was read.
  await page.goto("/");
  await expect(page.getByTestId("account-read-at")).toContainText(
    /Read from SES GetAccount in us-east-1 at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/,
  );
});
