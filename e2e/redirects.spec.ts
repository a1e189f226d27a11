import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createUser } from "./helpers";

// The decoded forms are what the page receives: a backslash, a tab and "\/" all read as "//" to a browser.
const VECTORS = [
  "/%5Cevil.test/x",
  "/%09/evil.test",
  "/\\/evil.test",
  "//evil.test",
  "/%2F/evil.test",
  "/.//evil.test",
  "https://evil.test/",
  "javascript:alert(1)",
];

test.describe("after sign-in, only the dashboard's own paths are followed", () => {
  test.use({ storageState: ADMIN_STATE });

  test("each open-redirect vector ends on the dashboard's own origin", async ({ request, browser, baseURL }) => {
    const user = await createUser(request, "viewer");
    for (const vector of VECTORS) {
      const context = await browser.newContext({ storageState: undefined });
      const page = await context.newPage();
      await page.goto(`/sign-in?callbackUrl=${vector}`);
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      expect(new URL(page.url()).origin, vector).toBe(new URL(baseURL!).origin);
      await context.close();
    }
  });

  test("a same-site path is still followed", async ({ request, browser }) => {
    const user = await createUser(request, "viewer");
    const context = await browser.newContext({ storageState: undefined });
    const page = await context.newPage();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/audit?x=1")}`);
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/audit\?x=1$/);
    await context.close();
  });
});
