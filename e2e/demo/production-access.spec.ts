import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createUser, setSimulatedAccount, signIn } from "../helpers";

// One demo account for every spec: these scenarios change its review state, so they run in order
// and leave it a sandbox again (other specs start from "Sandbox").
test.describe.configure({ mode: "serial" });

const SANDBOX = { account: { Details: null, ProductionAccessEnabled: false, Max24HourSend: 200, MaxSendRate: 1 } };

async function toSandbox(page: Page, request: APIRequestContext, baseURL: string | undefined) {
  await setSimulatedAccount(request, baseURL, SANDBOX);
  await page.goto("/production-access");
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled();
  await expect(page.getByTestId("review-timeline")).toHaveCount(0);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

async function signInAs(page: Page, user: { email: string; password: string }) {
  await signIn(page, user.email, user.password);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function step(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name }).click();
}

/** Fills every step with a real request, replacing each placeholder of the template. */
async function fillWizard(page: Page, company: string) {
  await step(page, "2. Business and website");
  await page.getByLabel("Company name").fill(company);
  await page.getByLabel("Website", { exact: true }).fill("https://launchpad-demo.example");
  await page
    .getByLabel("What the product does")
    .fill(`${company} is a scheduling SaaS for dental practices; patients book and confirm appointments online.`);
  await step(page, "3. Use case");
  await page.getByRole("radio", { name: /Transactional/ }).check();
  await page.getByLabel("Expected emails per day").fill("900");
  await page.getByLabel("Peak emails per second").fill("4");
  await page.getByLabel("About the volume (optional)").fill("Peaks on Monday mornings when practices send the week's reminders.");
  await step(page, "4. Compliance and handling");
  await page
    .getByLabel("A sample message")
    .fill(
      `Subject: Your appointment on Monday\n\nHi {{first_name}}, your appointment is confirmed for Monday at 9:00. ${company}, 1 Main Street.`,
    );
  await step(page, "5. Contacts and language");
  await page.getByLabel(/Additional contacts/).fill("ops@launchpad-demo.example");
  await expect(page.getByTestId("draft-status")).toContainText("Draft saved");
}

test("a team member fills the wizard, signs out, signs in again and finds the draft intact; a viewer cannot submit", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByTestId("access-mode")).toBeVisible();
  await toSandbox(page, request, baseURL);
  const operator = await createUser(page.request, "operator");
  const viewer = await createUser(page.request, "viewer");

  await signOut(page);
  await signInAs(page, operator);
  await page.goto("/production-access");
  await expect(page.getByTestId("before-you-start")).toContainText("A verified sending domain");
  const company = `Dentbook ${Date.now()}`;
  await fillWizard(page, company);
  await expect(page.getByTestId("draft-status")).toContainText(`last edited by ${operator.email}`);
  // A bad value is refused next to its field and never saved.
  await step(page, "2. Business and website");
  await page.getByLabel("Website", { exact: true }).fill("http://launchpad-demo.example");
  await expect(page.getByTestId("error-websiteUrl")).toContainText("https://");
  await expect(page.getByTestId("draft-status")).toContainText("Not saved");
  await page.getByLabel("Website", { exact: true }).fill("https://launchpad-demo.example");
  await expect(page.getByTestId("draft-status")).toContainText("Draft saved");
  await step(page, "6. Review and submit");
  await expect(page.getByTestId("admins-only")).toBeVisible();
  await expect(page.getByRole("button", { name: /Submit to AWS/ })).toHaveCount(0);

  await signOut(page);
  await signInAs(page, operator);
  await page.goto("/production-access");
  await expect(page.getByTestId("draft-status")).toContainText(`last edited by ${operator.email}`);
  await step(page, "2. Business and website");
  await expect(page.getByLabel("Company name")).toHaveValue(company);
  await step(page, "3. Use case");
  await expect(page.getByLabel("Expected emails per day")).toHaveValue("900");
  await step(page, "5. Contacts and language");
  await expect(page.getByLabel(/Additional contacts/)).toHaveValue("ops@launchpad-demo.example");

  // A viewer reads the draft but can neither change nor submit it.
  await signOut(page);
  await signInAs(page, viewer);
  await page.goto("/production-access");
  await step(page, "2. Business and website");
  await expect(page.getByLabel("Company name")).toHaveValue(company);
  await expect(page.getByLabel("Company name")).toBeDisabled();
  await step(page, "6. Review and submit");
  await expect(page.getByTestId("admins-only")).toBeVisible();
  await expect(page.getByRole("button", { name: /Submit to AWS/ })).toHaveCount(0);
});

async function submitAsAdmin(page: Page, decision: RegExp) {
  await step(page, "6. Review and submit");
  await page.getByLabel(/We send only to people who asked/).setChecked(false);
  await page.getByRole("button", { name: "Run the pre-flight review" }).click();
  // The pre-flight review fetches the website; the demo machine may wait for DNS to give up.
  await expect(page.getByTestId("preflight-findings")).toContainText("A required answer is missing", { timeout: 20_000 });
  await expect(page.getByTestId("preflight-findings")).toContainText("Confirm that you send only to people who asked");
  await page.getByLabel(/We send only to people who asked/).check();
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByTestId("preflight-summary")).toContainText("0 blockers", { timeout: 20_000 });
  // The demo's open checklist items are warnings, each with its reason.
  await expect(page.locator('[data-severity="warning"]').filter({ hasText: "DKIM is not passing" })).toBeVisible();
  await page.getByRole("button", { name: "Submit to AWS…" }).click();
  await page.getByRole("button", { name: "Yes, submit the request" }).click();
  await expect(page.getByTestId("review-decision")).toHaveText(decision, { timeout: 20_000 });
  await expect(page.getByTestId("case-link")).toHaveAttribute("href", /support\/home#\/case\/\?displayId=\d+/);
}

test("an admin submits, the simulated review grants it, and the overview turns to production with the new quotas", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByTestId("access-mode")).toBeVisible();
  await page.goto("/production-access");
  // The draft of the first test, or a fresh one from the template when this test runs alone.
  if ((await page.getByTestId("draft-status").textContent())?.includes("Not saved yet")) await fillWizard(page, `Dentbook ${Date.now()}`);
  await submitAsAdmin(page, /^PENDING$/);
  // A second request while the review is pending is refused with the reason.
  await expect(page.getByTestId("access-wizard")).toHaveCount(0);

  await setSimulatedAccount(request, baseURL, { review: "GRANTED" });
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByTestId("review-decision")).toHaveText("GRANTED");
  await expect(page.getByTestId("granted-quotas")).toContainText("50,000");
  await expect(page.getByTestId("granted-quotas")).toContainText("14");
  await expect(page.getByTestId("post-approval")).toContainText("test email");

  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("access-mode")).toHaveText("Production");
  await expect(page.getByTestId("quota-used")).toContainText("/ 50,000");
  await expect(page.getByTestId("review-status")).toContainText("GRANTED");
  await toSandbox(page, request, baseURL);
});

test("a denied review: the page explains, refuses a new request, and prepares the reply from the last request", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByTestId("access-mode")).toBeVisible();
  await toSandbox(page, request, baseURL);
  const company = `Denied Dental ${Date.now()}`;
  if ((await page.getByTestId("draft-status").textContent())?.includes("Not saved yet")) await fillWizard(page, company);
  else {
    await step(page, "2. Business and website");
    await page.getByLabel("Company name").fill(company);
    await expect(page.getByTestId("draft-status")).toContainText("Draft saved");
  }
  // The simulator keeps the last resolveReview outcome for later requests: after the grant above this
  // one may be decided at once, so the denial is written as the account's review state directly.
  await submitAsAdmin(page, /^(PENDING|GRANTED)$/);
  const caseId = (await page.getByTestId("case-link").getAttribute("href"))?.match(/displayId=(\d+)/)?.[1];
  await setSimulatedAccount(request, baseURL, {
    account: {
      ...SANDBOX.account,
      Details: {
        MailType: "TRANSACTIONAL",
        WebsiteURL: "https://launchpad-demo.example",
        ReviewDetails: { Status: "DENIED", CaseId: caseId },
      },
    },
  });
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByTestId("review-decision")).toHaveText("DENIED");
  await expect(page.getByTestId("denied-guide")).toContainText("Common causes");

  await page.getByRole("button", { name: /Update the answers for the reply/ }).click();
  await step(page, "2. Business and website");
  await expect(page.getByLabel("Company name")).toHaveValue(company);
  await step(page, "6. Review and submit");
  await expect(page.getByTestId("follow-up")).toContainText(company);
  await expect(page.getByTestId("submit-refusal")).toContainText("After a denial SES refuses a new request");
  await expect(page.getByRole("button", { name: /Submit to AWS/ })).toHaveCount(0);

  await toSandbox(page, request, baseURL);
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("access-mode")).toHaveText("Sandbox");
});
