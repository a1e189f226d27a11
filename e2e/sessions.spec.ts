import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { ADMIN_STATE, createUser, signIn } from "./helpers";

test.use({ storageState: ADMIN_STATE });

async function signedInAs(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page.getByTestId("current-user")).toBeVisible();
  return { context, page };
}

/** A fresh browser holding only the given cookies: what someone who copied them would have. */
async function reuse(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["cookies"]>>) {
  const context = await browser.newContext({ storageState: undefined });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto("/");
  return { context, page };
}

test("signing out ends the session on the server: a cookie copied before is refused", async ({ browser, request }) => {
  const user = await createUser(request, "operator");
  const { context, page } = await signedInAs(browser, user.email, user.password);
  const copied = await context.cookies();
  const other = await signedInAs(browser, user.email, user.password);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const thief = await reuse(browser, copied);
  await expect(thief.page).toHaveURL(/\/sign-in/);
  expect((await thief.page.request.get("/api/readiness", { maxRedirects: 0 })).status()).not.toBe(200);
  // Only that session ended: the same user's other browser stays signed in.
  await other.page.reload();
  await expect(other.page.getByTestId("current-user")).toBeVisible();
  await Promise.all([context.close(), other.context.close(), thief.context.close()]);
});

test("an admin disables a user, whose open session ends at once; enabling does not revive it", async ({ browser, page }) => {
  const user = await createUser(page.request, "operator");
  const victim = await signedInAs(browser, user.email, user.password);

  await page.goto("/users");
  const row = page.getByTestId(`user-row-${user.email}`);
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  await page.screenshot({ path: "/tmp/sec-auth-users-disabled.png", fullPage: true });

  await victim.page.reload();
  await expect(victim.page).toHaveURL(/\/sign-in/);
  await signIn(victim.page, user.email, user.password);
  await expect(victim.page.getByTestId("form-error")).toHaveText("This account is disabled. Ask an admin.");

  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row.getByRole("button", { name: "Disable" })).toBeVisible();
  const again = await signedInAs(browser, user.email, user.password);
  await Promise.all([victim.context.close(), again.context.close()]);
});

test("an admin removes a user after confirming; a dismissed confirmation removes nothing", async ({ browser, page }) => {
  const user = await createUser(page.request, "viewer");
  const victim = await signedInAs(browser, user.email, user.password);
  await page.goto("/users");
  const row = page.getByTestId(`user-row-${user.email}`);
  page.once("dialog", (d) => void d.dismiss());
  await row.getByRole("button", { name: "Remove" }).click();
  await expect(row).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Remove" }).click();
  await expect(row).toHaveCount(0);
  await victim.page.reload();
  await expect(victim.page).toHaveURL(/\/sign-in/);
  await page.goto("/audit");
  await expect(page.getByRole("row").filter({ hasText: user.email }).filter({ hasText: "user.remove" })).toBeVisible();
  await victim.context.close();
});

test("the JSON API disables and removes users, but never the last admin", async ({ request }) => {
  const user = await createUser(request, "viewer");
  const users = (await (await request.get("/api/users")).json()) as Array<{ id: string; email: string; role: string; disabled: boolean }>;
  const target = users.find((u) => u.email === user.email)!;
  const disabled = await request.patch(`/api/users/${target.id}`, { data: { disabled: true } });
  expect(disabled.status(), await disabled.text()).toBe(200);
  const listed = (await (await request.get("/api/users")).json()) as typeof users;
  expect(listed.find((u) => u.id === target.id)?.disabled).toBe(true);
  expect((await request.delete(`/api/users/${target.id}`)).status()).toBe(200);
  expect((await request.delete(`/api/users/${target.id}`)).status()).toBe(404);
  const self = users.find((u) => u.email === "first.admin@example.com")!;
  expect((await request.delete(`/api/users/${self.id}`)).status()).toBe(409);
});
