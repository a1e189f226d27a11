import { expect, test } from "@playwright/test";
import { ADMIN, ADMIN_STATE } from "./helpers";

test("first run: the sign-in page offers to create the first admin, who lands on the dashboard", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("No one has an account yet")).toBeVisible();

  // Bad input is refused next to the field, and nothing is created.
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText("admin");
  await page.context().storageState({ path: ADMIN_STATE });

  // Once an admin exists, the offer is gone for everyone.
  const anonymous = await page.context().browser()!.newContext();
  const other = await anonymous.newPage();
  await other.goto("/sign-in");
  await expect(other.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(other.getByText("No one has an account yet")).toHaveCount(0);
  await anonymous.close();
});
