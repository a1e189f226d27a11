import { expect, test } from "@playwright/test";
import { ADMIN, ADMIN_STATE, createUser, signIn } from "./helpers";

test("sign in and sign out", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fusers/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, ADMIN.email, "not the password");
  await expect(page.getByTestId("form-error")).toHaveText("Wrong e-mail or password.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("rate limit", () => {
  test.use({ storageState: ADMIN_STATE });

  test("after five failures the account is refused even with the right password", async ({ request, browser }) => {
    const user = await createUser(request, "viewer");
    const context = await browser.newContext({ storageState: undefined });
    const anon = await context.newPage();
    for (let i = 0; i < 5; i++) {
      await signIn(anon, user.email, `wrong guess ${i}`);
      await expect(anon.getByTestId("form-error")).toHaveText("Wrong e-mail or password.");
    }
    await signIn(anon, user.email, user.password);
    await expect(anon.getByTestId("form-error")).toContainText("Too many failed sign-ins");
    await expect(anon).toHaveURL(/\/sign-in/);
    await context.close();
  });
});

test("pages and APIs refuse the signed-out", async ({ request }) => {
  const res = await request.get("/api/users");
  expect(res.status()).toBe(401);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
});

test("?error= shows only fixed messages, never the text of the link", async ({ page }) => {
  await page.goto(`/sign-in?error=${encodeURIComponent("Your account is locked. Call +1 555 0100.")}`);
  await expect(page.getByTestId("form-error")).toHaveText("Sign-in failed. Try again.");
  await page.goto("/sign-in?error=CredentialsSignin");
  await expect(page.getByTestId("form-error")).toHaveText("Wrong e-mail or password.");
});
