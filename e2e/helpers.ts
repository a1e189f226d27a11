import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const ADMIN = { email: "first.admin@example.com", password: "correct horse battery" };
export const ADMIN_STATE = "e2e/.auth/admin.json";

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Creates a user through the JSON API as the signed-in admin of `request`. */
export async function createUser(request: APIRequestContext, role: "admin" | "operator" | "viewer") {
  const user = { email: uniqueEmail(role), password: "a long enough password", role };
  const res = await request.post("/api/users", { data: user });
  expect(res.status(), await res.text()).toBe(200);
  return user;
}

/**
 * The simulated AWS behind the demo server (its port follows the demo's, see
 * playwright.config.ts): tests put the account in the state they start from.
 */
export async function setSimulatedAccount(request: APIRequestContext, baseURL: string | undefined, body: Record<string, unknown>) {
  const demoPort = Number(new URL(baseURL ?? "http://localhost:3201").port);
  const res = await request.post(`http://127.0.0.1:${demoPort + 1565}/_sim/state`, { data: body });
  expect(res.status(), await res.text()).toBe(200);
}
