import { expect, test, type Page } from "@playwright/test";
import { setSimulatedAccount, signIn } from "../helpers";

// Other specs expect the shared demo account in the sandbox: this one goes to production and comes back.
const SANDBOX = { account: { Details: null, ProductionAccessEnabled: false, Max24HourSend: 200, MaxSendRate: 10 } };
const label = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/observed-${name}.png`, fullPage: true });

async function sendTestMail(page: Page, to: string) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Send test message" }) });
  await form.getByLabel("To").fill(to);
  await form.getByRole("button", { name: "Send test message" }).click();
  await expect(form.getByRole("status")).toContainText("SES accepted the message");
}

/** The Test mail list's line for a recipient: it names the event SES sent back for that message. */
const sentTo = (page: Page, to: string) => page.getByTestId("test-sends").locator("li", { hasText: to });

async function readiness(page: Page) {
  await page.goto("/readiness");
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled({ timeout: 30_000 });
}

const status = (page: Page, id: string) => page.getByTestId(`check-${id}`).locator("[data-status]").first();

test("demo: checks turn green only on what came back, and an admin confirms what the dashboard cannot see", async ({
  page,
  request,
  baseURL,
}) => {
  await setSimulatedAccount(request, baseURL, {
    identities: { "launchpad-demo.example": { dkim: "SUCCESS" } },
    account: { ...SANDBOX.account, SendingEnabled: true },
  });
  await signIn(page, "demo@example.com", "demo");
  try {
    await page.getByRole("link", { name: "Bounces and complaints", exact: true }).click();
    // The configuration set carries deliveries too: the real-recipient item needs them.
    await page.getByRole("radio", { name: /Configuration set/ }).check();
    await page.getByRole("button", { name: "Set up bounce and complaint handling" }).click();
    await expect(page.getByTestId("setup-summary")).toHaveText("Bounce and complaint handling is in place for launchpad-demo.example.", {
      timeout: 20_000,
    });

    // Each test message shows the event that came back for its MessageId.
    const bounce = `bounce+${label()}@simulator.amazonses.com`;
    const complaint = `complaint+${label()}@simulator.amazonses.com`;
    await sendTestMail(page, bounce);
    await expect(sentTo(page, bounce)).toContainText("bounce (Permanent/General)", { timeout: 20_000 });
    await sendTestMail(page, complaint);
    await expect(sentTo(page, complaint)).toContainText("complaint (abuse)", { timeout: 20_000 });
    await shot(page, "bounces-test-mail");

    await readiness(page);
    await expect(status(page, "handling.events-received")).toHaveAttribute("data-status", "done");
    await expect(page.getByTestId("check-handling.events-received")).toContainText("processed at");
    await page.getByTestId("check-handling.events-received").locator("summary").click();
    await page.getByTestId("check-handling.events-received").screenshot({ path: "/tmp/observed-events-received.png" });
    // Simulator mail in the sandbox never proves delivery to a real recipient.
    await expect(status(page, "sending.real-recipient")).toHaveAttribute("data-status", "todo");
    await expect(page.getByTestId("check-sending.real-recipient")).toContainText("Needs production access");

    await setSimulatedAccount(request, baseURL, { account: { ProductionAccessEnabled: true, Max24HourSend: 50_000, MaxSendRate: 14 } });
    await page.getByRole("link", { name: "Bounces and complaints", exact: true }).click();
    const friend = `friend-${label()}@example.net`;
    await sendTestMail(page, friend);
    await expect(sentTo(page, friend)).toHaveAttribute("data-outcome", "delivery", { timeout: 20_000 });

    await readiness(page);
    await expect(status(page, "sending.real-recipient")).toHaveAttribute("data-status", "done");
    await expect(page.getByTestId("check-sending.real-recipient")).toContainText(`Delivered to ${friend}`);

    // The application's own settings are out of sight: an admin confirms them, and can take it back.
    const settings = page.getByTestId("check-post-approval.production-settings");
    await expect(status(page, "post-approval.production-settings")).toHaveAttribute("data-status", "todo");
    await settings.getByRole("button", { name: "Confirm it is done" }).click();
    await expect(status(page, "post-approval.production-settings")).toHaveAttribute("data-status", "done");
    await expect(settings).toContainText("Confirmed by demo@example.com");
    await settings.locator("summary").click();
    await settings.screenshot({ path: "/tmp/observed-settings-confirmed.png" });
    await page.getByTestId("check-sending.real-recipient").locator("summary").click();
    await page.getByTestId("check-sending.real-recipient").screenshot({ path: "/tmp/observed-real-recipient.png" });
    await shot(page, "readiness-confirmed");
    await settings.getByRole("button", { name: "Undo confirmation" }).click();
    await expect(status(page, "post-approval.production-settings")).toHaveAttribute("data-status", "todo");

    // The audit log names who confirmed and who took it back.
    await page.goto("/audit");
    await expect(page.getByText("readiness.confirm", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("readiness.unconfirm", { exact: true }).first()).toBeVisible();
  } finally {
    await setSimulatedAccount(request, baseURL, SANDBOX);
    await readiness(page);
  }
});
