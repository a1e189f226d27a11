import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

test("demo: sign in with the shown demo admin and see the simulated sandbox account", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("demo-credentials")).toContainText("demo@example.com");
  await signIn(page, "demo@example.com", "demo");

  await expect(page.getByTestId("demo-banner")).toContainText("simulated AWS account");
  await expect(page.getByTestId("current-account")).toContainText("(simulated)");
  await expect(page.getByTestId("current-region")).toContainText("us-east-1");
  await expect(page.getByTestId("access-mode")).toHaveText("Sandbox");
  await expect(page.getByTestId("quota-used")).toContainText("/ 200");
  await expect(page.getByTestId("enforcement-status")).toHaveText("HEALTHY");
  // The banner is on every page.
  await page.getByRole("link", { name: "Domains" }).click();
  await expect(page.getByTestId("demo-banner")).toBeVisible();
});
