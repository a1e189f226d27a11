import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN_STATE, uniqueEmail } from "./helpers";

test.use({ storageState: ADMIN_STATE });

/** A page of the same site but another origin (another port on localhost), as an attacker could host. */
async function servePage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

const emailsOf = async (request: APIRequestContext) =>
  ((await (await request.get("/api/users")).json()) as Array<{ email: string }>).map((u) => u.email);

test("a text/plain form on another origin of the same site cannot create an admin", async ({ page, request, baseURL }) => {
  const email = uniqueEmail("csrf-admin");
  // enctype=text/plain sends "name=value": the name carries the JSON, the value closes it.
  const name = JSON.stringify({ email, password: "a long enough password", role: "admin", pad: "" }).slice(0, -2);
  const attacker = await servePage(`<form method="post" enctype="text/plain" action="${baseURL}/api/users">
      <input name='${name}' value='"}'></form><script>document.forms[0].submit()</script>`);
  try {
    const posted = page.waitForResponse((r) => r.url() === `${baseURL}/api/users` && r.request().method() === "POST");
    await page.goto(attacker.url);
    expect((await posted).status()).toBe(403);
    expect(await emailsOf(request)).not.toContain(email);
  } finally {
    attacker.server.close();
  }
});

test("a server action replayed with a foreign Origin is refused; the same request from the dashboard works", async ({
  page,
  request,
  baseURL,
}) => {
  const first = uniqueEmail("action-original");
  await page.goto("/users");
  const form = page.locator("form").filter({ hasText: "Create user" });
  await form.getByLabel("E-mail").fill(first);
  await form.getByLabel("Initial password").fill("a long enough password");
  const sent = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await form.getByRole("button", { name: "Create user" }).click();
  const original = await sent;
  await expect(form.getByText("User created.")).toBeVisible();

  const replay = async (origin: string) => {
    const email = uniqueEmail("action-replay");
    const headers: Record<string, string> = { ...(await original.allHeaders()), origin };
    for (const h of ["cookie", "content-length", "host"]) delete headers[h];
    const res = await page.request.post("/users", { headers, data: original.postData()!.replace(first, email) });
    return { status: res.status(), created: (await emailsOf(request)).includes(email) };
  };
  const foreign = await replay("http://localhost:1");
  expect(foreign.created).toBe(false);
  expect(foreign.status).toBeGreaterThanOrEqual(400);
  expect((await replay(new URL(baseURL!).origin)).created).toBe(true);
});
