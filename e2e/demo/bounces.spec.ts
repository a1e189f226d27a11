import { expect, test, type Page } from "@playwright/test";
import { setSimulatedAccount, signIn } from "../helpers";

// A +label keeps the mailbox simulator's behaviour and gives each run its own address.
const label = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function sendTestMail(page: Page, to: string) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Send test message" }) });
  await form.getByLabel("To").fill(to);
  await form.getByRole("button", { name: "Send test message" }).click();
  await expect(form.getByRole("status")).toContainText("SES accepted the message");
}

test("demo: an admin sets up bounce handling in one click, then a simulator bounce and complaint arrive and suppress the addresses", async ({
  page,
  request,
  baseURL,
}) => {
  // The demo domain's DKIM starts PENDING; sending needs a verified identity. Other specs may have slowed the account.
  await setSimulatedAccount(request, baseURL, {
    identities: { "launchpad-demo.example": { dkim: "SUCCESS" } },
    account: { SendingEnabled: true, MaxSendRate: 10 },
  });
  await signIn(page, "demo@example.com", "demo");
  await page.getByRole("link", { name: "Bounces and complaints", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bounces and complaints" })).toBeVisible();

  await page.getByRole("button", { name: "Set up bounce and complaint handling" }).click();
  await expect(page.getByTestId("setup-summary")).toHaveText("Bounce and complaint handling is in place for launchpad-demo.example.", {
    timeout: 20_000,
  });
  await expect(page.locator('[data-piece="subscription:bounce"]')).toHaveAttribute("data-ok", "true");
  await expect(page.locator('[data-piece="subscription:complaint"]')).toHaveAttribute("data-ok", "true");

  const bounce = `bounce+${label()}@simulator.amazonses.com`;
  await sendTestMail(page, bounce);
  await expect(page.getByTestId("event-stream").locator('tr[data-kind="bounce"]', { hasText: bounce })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("suppressions").locator(`tr[data-address="${bounce}"]`)).toContainText("hard-bounce");

  const complaint = `complaint+${label()}@simulator.amazonses.com`;
  await sendTestMail(page, complaint);
  await expect(page.getByTestId("event-stream").locator('tr[data-kind="complaint"]', { hasText: complaint })).toBeVisible({
    timeout: 20_000,
  });
  const row = page.getByTestId("suppressions").locator(`tr[data-address="${complaint}"]`);
  await expect(row).toContainText("complaint");
  await expect(row).toContainText("investigate by");
  await expect(page.getByTestId("complaints")).toContainText(complaint);

  // The export holds both, as the list shows them.
  const csv = await page.request.get("/bounces/suppressions.csv?q=simulator.amazonses.com");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toBe("address,reason,detail,suppressed_at,investigate_by,pushed_to_ses_at");
  expect(lines.find((l) => l.startsWith(`${bounce},hard-bounce,`))).toBeTruthy();
  expect(lines.find((l) => l.startsWith(`${complaint},complaint,`))).toBeTruthy();
});
