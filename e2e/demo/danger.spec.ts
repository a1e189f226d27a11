import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createUser, signIn } from "../helpers";

/** Replaces the simulated account's figures for the current hour (sim/aws/README.md, POST /_sim/metrics). */
async function injectRates(request: APIRequestContext, baseURL: string | undefined, body: Record<string, unknown>) {
  const demoPort = Number(new URL(baseURL ?? "http://localhost:3201").port);
  const res = await request.post(`http://127.0.0.1:${demoPort + 1565}/_sim/metrics`, {
    data: { region: "us-east-1", hours: 1, sends: 1000, ...body },
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function collect(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled({ timeout: 60_000 });
  await page.reload();
}

const PAGES = ["/", "/readiness", "/history", "/domains", "/reputation", "/alerts", "/production-access", "/bounces", "/settings"];

test("demo: a bounce and complaint spike on a HEALTHY account is shown as danger on every page, for every role, within one collection", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByTestId("demo-banner")).toBeVisible();
  const viewer = await createUser(page.request, "viewer");
  const operator = await createUser(page.request, "operator");
  await injectRates(request, baseURL, { bounceRate: 0.12, complaintRate: 0.006 });
  try {
    await collect(page);

    // The Overview says what the rates say, whatever the enforcement string.
    await expect(page.getByTestId("enforcement-status")).toHaveText("HEALTHY");
    await expect(page.getByTestId("reputation-status")).toHaveAttribute("data-danger-level", "pause");
    await expect(page.getByTestId("danger-reasons")).toContainText("Bounce rate 12.00%: at or above 10%");
    await expect(page.getByTestId("danger-reasons")).toContainText("Complaint rate 0.60%: at or above 0.5%");
    await expect(page.getByTestId("status-bounce-rate")).toContainText("pause at 10%");
    await expect(page.getByText("No reputation issue")).toHaveCount(0);
    await expect(page.getByTestId("readiness-score")).toHaveAttribute("data-ready", "false");
    await expect(page.getByTestId("not-ready")).toBeVisible();
    await expect(page.getByTestId("next-actions").locator("li").first()).toContainText("Bounce rate");
    await page.screenshot({ path: "test-results/danger-overview.png", fullPage: true });

    const api = await page.request.get("/api/readiness?region=us-east-1");
    const body = await api.json();
    expect(body.regions[0].danger).toMatchObject({
      level: "pause",
      reasons: [
        { metric: "bounce-rate", value: 0.12, level: "pause" },
        { metric: "complaint-rate", value: 0.006, level: "pause" },
      ],
    });
    expect(Date.parse(body.regions[0].danger.reasons[0].since)).not.toBeNaN();

    for (const user of [null, operator, viewer]) {
      const p = user ? await (await browser.newContext()).newPage() : page;
      if (user) {
        await signIn(p, user.email, user.password);
        await expect(p.getByTestId("current-user")).toContainText(user.email.split("-")[0]!);
      }
      for (const path of PAGES) {
        await p.goto(path);
        const banner = p.getByTestId("danger-banner");
        await expect(banner, `${path} as ${user?.email ?? "demo admin"}`).toHaveAttribute("data-danger-level", "pause");
        await expect(banner).toHaveAttribute("role", "alert");
        await expect(banner).toContainText("us-east-1");
        await expect(banner).toContainText("Bounce rate 12.00%");
      }
      if (user) await p.context().close();
    }

    // The banner leads to the evidence and to the runbook that applies.
    await page.goto("/domains");
    await page.getByTestId("danger-banner").getByRole("link", { name: "Runbook: high bounce rate" }).click();
    await expect(page).toHaveURL(/\/reputation#runbook-high-bounce-rate$/);
    await expect(page.locator("#runbook-high-bounce-rate")).toBeInViewport();
    await page.getByTestId("danger-banner").getByRole("link", { name: "See the evidence" }).click();
    await expect(page.locator("#current-rates").getByTestId("reputation-status")).toHaveAttribute("data-danger-level", "pause");
    await expect(page.locator("#current-rates").getByTestId("danger-reasons")).toContainText("Since");

    // The demo's own control: a recovery, read at once, clears the banner.
    await page.getByRole("button", { name: "Simulate back to 1% bounces" }).click();
    await expect(page.getByRole("status").filter({ hasText: "now shows back to 1% bounces" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("danger-banner")).toHaveCount(0);
  } finally {
    await injectRates(request, baseURL, { bounceRate: 0.01, complaintRate: 0.0002 });
  }
  await collect(page);
  await expect(page.getByTestId("danger-banner")).toHaveCount(0);
  await expect(page.getByTestId("reputation-status")).toHaveAttribute("data-danger-level", "none");
});
