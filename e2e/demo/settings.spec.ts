import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// Regions nothing else in the demo uses, so the test stands alone; it removes its region at the end.
const REGION = "ap-southeast-2";

/** The simulated principal's missing IAM actions (the simulator's port follows the demo's, as in helpers.ts). */
async function denyActions(request: APIRequestContext, baseURL: string | undefined, deniedActions: string[]) {
  const demoPort = Number(new URL(baseURL ?? "http://localhost:3201").port);
  const res = await request.post(`http://127.0.0.1:${demoPort + 1565}/_sim/permissions`, { data: { deniedActions } });
  expect(res.status(), await res.text()).toBe(200);
}

const check = (page: Page, action: string) => page.locator(`[data-testid="permission-check"][data-action="${action}"]`);

test("demo: an admin adds a second region, tests the connection, and switches to it in the header", async ({ page, request, baseURL }) => {
  await signIn(page, "demo@example.com", "demo");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page.getByTestId("credential-source")).toContainText("simulated AWS account");
  await expect(page.getByText("Access keys are never typed into this page")).toBeVisible();

  const regions = page.getByTestId("watched-regions");
  const added = regions.locator(`[data-region="${REGION}"]`);
  if (await added.count()) await added.getByRole("button", { name: `Stop watching ${REGION}` }).click();
  await expect(added).toHaveCount(0);

  // A name that is not a region is refused beside the field.
  await page.getByLabel("Add a region").fill("europe-west");
  await page.getByRole("button", { name: "Add region" }).click();
  await expect(page.getByText("Enter an AWS region name such as eu-west-1.")).toBeVisible();

  await page.getByLabel("Add a region").fill(REGION);
  await page.getByRole("button", { name: "Add region" }).click();
  await expect(page.getByText(`${REGION} is now watched.`)).toBeVisible();
  await expect(added).toContainText("added here");
  await expect(regions.locator("li").first()).toContainText("us-east-1");

  // The connection test in the new region: the simulated account, every permission granted.
  await page.getByLabel("Region to test").selectOption(REGION);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByTestId("connection-account")).toHaveText("123456789012");
  await expect(page.getByTestId("connection-result")).toContainText(REGION);
  await expect(page.locator('[data-testid="permission-check"][data-status="granted"]')).toHaveCount(6);

  // A principal without sns:ListTopics: that one line says which action to grant.
  await denyActions(request, baseURL, ["sns:ListTopics"]);
  try {
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(check(page, "sns:ListTopics")).toHaveAttribute("data-status", "missing");
    await expect(check(page, "sns:ListTopics")).toContainText("This needs sns:ListTopics on this account");
    await expect(check(page, "ses:GetAccount")).toHaveAttribute("data-status", "granted");
  } finally {
    await denyActions(request, baseURL, []);
  }

  // The policy for the watched regions, and its read-only variant without the set-up actions.
  const policy = page.getByTestId("iam-policy");
  await expect(policy).toContainText(`"${REGION}"`);
  await expect(policy).toContainText("ses:PutAccountDetails");
  await page.getByLabel("Read-only monitoring").check();
  await expect(policy).not.toContainText("ses:PutAccountDetails");
  await expect(policy).toContainText("ses:GetAccount");
  await expect(page.getByRole("link", { name: /Download ses-launchpad-read-only-policy\.json/ })).toHaveAttribute(
    "download",
    "ses-launchpad-read-only-policy.json",
  );

  // The header's switcher offers the new region and the dashboard follows it.
  const switcher = page.getByTestId("current-region");
  await switcher.selectOption(REGION);
  await expect(switcher).toHaveValue(REGION);
  await page.reload();
  await expect(page.getByTestId("current-region")).toHaveValue(REGION);
  await expect(page.getByLabel("Region to test")).toHaveValue(REGION);

  // Back to the default region, and the demo as it was.
  await page.getByTestId("current-region").selectOption("us-east-1");
  await expect(page.getByTestId("current-region")).toHaveValue("us-east-1");
  await added.getByRole("button", { name: `Stop watching ${REGION}` }).click();
  await expect(page.getByText(`${REGION} is no longer watched.`)).toBeVisible();
  await expect(added).toHaveCount(0);
});
