import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

test("demo: an admin adds a domain, sees the records, publishes them to the demo DNS, checks now and sees the statuses turn green", async ({
  page,
}) => {
  const domain = `e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.example`;
  await signIn(page, "demo@example.com", "demo");
  await page.getByRole("link", { name: "Domains", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Domains" })).toBeVisible();

  // The shared schema refuses a bad name before SES is asked.
  await page.getByLabel("Domain", { exact: true }).fill("someone@example.com");
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "e-mail address" })).toBeVisible();

  await page.getByLabel("Domain", { exact: true }).fill(domain);
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByRole("heading", { level: 1, name: domain })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "was added to SES" })).toBeVisible();

  // Three Easy DKIM CNAMEs, the MAIL FROM MX and SPF, and DMARC: none published yet.
  const records = page.locator("tr[data-record]");
  await expect(records).toHaveCount(6);
  await expect(page.locator('tr[data-record^="CNAME "]')).toHaveCount(3);
  await expect(page.locator(`tr[data-record="MX mail.${domain}"]`)).toContainText(`10 feedback-smtp.us-east-1.amazonses.com`);
  await expect(page.locator('[data-part="dkim"] [data-status]')).toHaveAttribute("data-status", "error");

  await page.getByRole("button", { name: "Publish these records (demo DNS)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published 6 records" })).toBeVisible({ timeout: 20_000 });

  await page.getByRole("button", { name: "Check now" }).click();
  for (const part of ["spf", "dkim", "mailFrom", "alignment"]) {
    await expect(page.locator(`[data-part="${part}"] [data-status]`)).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
  }
  // p=none is the first stage of the rollout: found, with the advice to move on.
  await expect(page.locator('[data-part="dmarc"] [data-status]')).toHaveAttribute("data-status", "warning");
  await expect(page.locator('tr[data-record] [data-status="error"]')).toHaveCount(0);
  await expect(page.getByTestId("ses-view")).toContainText("SUCCESS");

  await page.getByRole("link", { name: "← Domains" }).click();
  await expect(page.locator(`li[data-domain="${domain}"] [data-part="dkim"] [data-status]`)).toHaveAttribute("data-status", "ok");
});

test("demo: a %25 in a domain address is a 400 with a message; a check is read by GET and run by POST, once per 10 s", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "demo@example.com", "demo");
  await expect(page.getByRole("link", { name: "Domains", exact: true })).toBeVisible();
  for (const path of ["/api/domains/a%25b.example/check", "/api/domains/a%25b.example/records?format=bind"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(400);
    expect((await res.json()).error).toMatch(/letters, digits/);
  }
  await page.goto("/domains/a%25b.example");
  await expect(page.getByTestId("bad-domain")).toContainText("is not a domain name");

  const address = "/api/domains/launchpad-demo.example/check";
  const headers = { origin: baseURL!, "content-type": "application/json" };
  const fresh = await page.request.post(address, { headers });
  expect(fresh.status()).toBe(200);
  const again = await page.request.post(address, { headers });
  expect(again.status()).toBe(429);
  expect(Number(again.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await again.json()).error).toMatch(/check again in \d+ s/);
  // GET reads the stored result: the same answer, and no new check.
  const read = await page.request.get(address);
  expect(read.status()).toBe(200);
  expect(await read.json()).toEqual(await fresh.json());
});
