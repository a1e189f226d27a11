import { expect, test, type Page } from "@playwright/test";
import { keyShapedValue } from "../../test/key-shaped-value";
import { signIn } from "../helpers";

// The demo's second simulated account (lib/accounts/demo-second-account.ts), and a region nothing else in the demo uses.
const ROLE_ARN = "arn:aws:iam::210987654321:role/SesLaunchpad";
const EXTERNAL_ID = "launchpad-demo";
const REGION = "ca-central-1";
const NAME = "Production EU";

async function stopWatching(page: Page, list: string, item: string, name: string) {
  const row = page.getByTestId(list).locator(item);
  if (await row.count()) {
    await row.getByRole("button", { name: `Stop watching ${name}` }).click();
    await expect(row).toHaveCount(0);
  }
}

async function addAccount(page: Page, name: string, externalId: string) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Role ARN").fill(ROLE_ARN);
  await page.getByLabel("External id (optional)").fill(externalId);
  await page.getByRole("button", { name: "Add account" }).click();
}

test("demo: an admin adds a second account (a role) and region, tests the connection, and switches between them", async ({ page }) => {
  await signIn(page, "demo@example.com", "demo");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByTestId("demo-account-help")).toContainText(ROLE_ARN);
  await stopWatching(page, "watched-accounts", '[data-account="production-eu"]', NAME);
  await stopWatching(page, "watched-accounts", '[data-account="wrong-external-id"]', "Wrong external id");
  await stopWatching(page, "watched-regions", `[data-region="${REGION}"]`, REGION);

  // Access keys are refused outright, before anything is stored.
  await page.getByLabel("Name", { exact: true }).fill("Keys");
  await page.getByLabel("Role ARN").fill(keyShapedValue());
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Access keys are not accepted here").first()).toBeVisible();

  await page.getByLabel("Add a region").fill(REGION);
  await page.getByRole("button", { name: "Add region" }).click();
  await expect(page.getByText(`${REGION} is now watched.`)).toBeVisible();

  // A role whose trust policy wants another external id: STS's reason is shown.
  await addAccount(page, "Wrong external id", "not-the-one");
  await expect(page.getByText("Wrong external id is now watched.")).toBeVisible();
  await page.getByLabel("Account to test").selectOption({ label: "Wrong external id" });
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByTestId("connection-result")).toContainText(
    `is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`,
  );
  await stopWatching(page, "watched-accounts", '[data-account="wrong-external-id"]', "Wrong external id");

  await addAccount(page, NAME, EXTERNAL_ID);
  await expect(page.getByText(`${NAME} is now watched.`)).toBeVisible();
  await expect(page.getByTestId("watched-accounts").locator('[data-account="production-eu"]')).toContainText("210987654321");
  // The server's policy now lets it assume that role, by ARN.
  await expect(page.getByTestId("iam-policy")).toContainText('"sts:AssumeRole"');
  await expect(page.getByTestId("iam-policy")).toContainText(`"${ROLE_ARN}"`);

  // The connection test reaches the other account through the role.
  await page.getByLabel("Account to test").selectOption({ label: NAME });
  await page.getByLabel("Region to test").selectOption(REGION);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByTestId("connection-account")).toHaveText("210987654321");
  await expect(page.locator('[data-testid="permission-check"][data-status="granted"]')).toHaveCount(6);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/accounts-settings-desktop.png", fullPage: true });

  // The header switches account and region; the overview follows both.
  await page.getByTestId("account-switcher").selectOption({ label: NAME });
  await expect(page.getByTestId("current-account")).toContainText("210987654321");
  await page.getByTestId("current-region").selectOption(REGION);
  await page.goto("/");
  await expect(page.getByTestId("account-switcher")).toHaveValue("production-eu");
  await expect(page.getByTestId("current-region")).toHaveValue(REGION);
  await page.getByRole("button", { name: "Refresh" }).click();
  const summary = page.getByTestId("regions-summary");
  const access = (account: string, region: string) => summary.locator(`[data-account="${account}"][data-region="${region}"] td`).nth(2);
  await expect(access("production-eu", REGION)).toHaveText("Sandbox");
  // The role's account is in production in us-east-1, the server's own account is not: each row is its own account's reading.
  await page.getByTestId("current-region").selectOption("us-east-1");
  await expect(page.getByText("in us-east-1 of Production EU.")).toBeVisible();
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(access("production-eu", "us-east-1")).toHaveText("Production");
  await expect(access("default", "us-east-1")).toHaveText("Sandbox");
  await expect(summary.locator('[data-account="production-eu"][data-region="us-east-1"]')).toContainText("50000");
  // The API answers for the account it is asked about, whatever the header shows.
  const api = async (query: string) => (await page.request.get(`/api/readiness${query}`)).json();
  expect(await api("?account=default&region=us-east-1")).toMatchObject({ account: "default", regions: [{ region: "us-east-1" }] });
  expect(await api("?region=us-east-1")).toMatchObject({ account: "production-eu" });
  expect((await page.request.get("/api/readiness?account=nobody")).status()).toBe(404);
  await page.screenshot({ path: "test-results/accounts-overview-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/accounts-overview-phone.png", fullPage: true });
  await page.goto("/settings");
  await page.getByTestId("watched-accounts").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/accounts-settings-phone.png" });

  // Back to the demo as it was.
  await page.getByTestId("account-switcher").selectOption({ label: "Server credentials" });
  await expect(page.getByTestId("current-account")).toContainText("123456789012");
  await stopWatching(page, "watched-accounts", '[data-account="production-eu"]', NAME);
  await stopWatching(page, "watched-regions", `[data-region="${REGION}"]`, REGION);
  await expect(page.getByTestId("account-switcher")).toHaveCount(0);
});
