import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createUser, signIn, uniqueEmail } from "./helpers";

test.describe("as an admin", () => {
  test.use({ storageState: ADMIN_STATE });

  test("creates a user, changes their role, and the audit log records both", async ({ page }) => {
    const email = uniqueEmail("new-operator");
    await page.goto("/users");
    const form = page.locator("form").filter({ hasText: "Create user" });
    // Server-side rules shown beside the field: the same schema as the client.
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("Use at least 10 characters.")).toBeVisible();

    await form.getByLabel("Initial password").fill("a long enough password");
    await form.getByLabel("Role").selectOption("operator");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("User created.")).toBeVisible();

    const row = page.getByTestId(`user-row-${email}`);
    await expect(row.getByRole("combobox")).toHaveValue("operator");
    await row.getByRole("combobox").selectOption("viewer");
    await row.getByRole("button", { name: "Save role" }).click();
    await expect(row.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId(`user-row-${email}`).getByRole("combobox")).toHaveValue("viewer");

    await page.goto("/audit");
    await expect(page.getByRole("row").filter({ hasText: email }).filter({ hasText: "user.change-role" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: email }).filter({ hasText: "user.create" }).first()).toBeVisible();
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: ADMIN_STATE });

  test("is refused every mutation on the server, whatever the UI shows", async ({ request, browser }) => {
    const viewer = await createUser(request, "viewer");
    const context = await browser.newContext({ storageState: undefined });
    const page = await context.newPage();
    await signIn(page, viewer.email, viewer.password);
    await expect(page.getByTestId("current-user")).toContainText("viewer");
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

    await page.goto("/users");
    await expect(page.getByText("Managing users needs the admin role.")).toBeVisible();

    const post = await page.request.post("/api/users", {
      data: { email: uniqueEmail("sneaky"), password: "a long enough password", role: "admin" },
    });
    expect(post.status()).toBe(403);
    const me = (await (await request.get("/api/users")).json()) as Array<{ id: string; email: string }>;
    const self = me.find((u) => u.email === viewer.email)!;
    const patch = await page.request.patch(`/api/users/${self.id}`, { data: { role: "admin" } });
    expect(patch.status()).toBe(403);
    await context.close();
  });
});
