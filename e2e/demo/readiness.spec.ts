import { expect, test, type Page } from "@playwright/test";
import { setSimulatedAccount, signIn } from "../helpers";

const score = async (page: Page) => Number((await page.getByTestId("readiness-score").textContent())?.match(/^\d+/)?.[0]);

test("demo: an admin reads the checklist, fixes an item in one click, and the score rises", async ({ page, request, baseURL }) => {
  // Other demo specs may have changed the shared account: start from the suppression list off.
  await setSimulatedAccount(request, baseURL, { account: { SuppressedReasons: [] } });
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByTestId("access-mode")).toHaveText("Sandbox");
  await expect(page.getByTestId("next-actions")).toBeVisible();

  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Step 1: Email authentication" })).toBeVisible();
  const suppression = page.getByTestId("check-handling.suppression-list");
  const status = suppression.locator("[data-status]").first();
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(status).toHaveAttribute("data-status", "todo");
  // The evidence names what was asked of AWS and what came back.
  await expect(suppression).toContainText("sesv2:GetAccount (us-east-1)");
  await expect(suppression).toContainText("SuppressedReasons []");
  const before = await score(page);

  await suppression.getByRole("button", { name: "Turn on the suppression list" }).click();
  await expect(status).toHaveAttribute("data-status", "done");
  await expect(suppression).toContainText("SuppressedReasons [BOUNCE, COMPLAINT]");
  await expect.poll(() => score(page)).toBeGreaterThan(before);

  // The overview shows the same result.
  await page.getByRole("link", { name: "Overview" }).click();
  await expect.poll(() => score(page)).toBeGreaterThan(before);

  // The history charts the readings stored so far.
  await page.getByRole("link", { name: "History" }).click();
  await page.getByRole("link", { name: "7 days" }).click();
  await expect(page.getByTestId("history-chart")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Account changes" })).toBeVisible();
});
