import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every state-changing API route refuses a foreign origin and a body that is not
 * JSON before it reads a session or a database. Exempt: next-auth's own endpoints
 * (their own CSRF token) and the SNS webhook (every message is signature-verified).
 */
const API = path.join(import.meta.dirname, "../app/api");
const EXEMPT = ["auth/[...nextauth]/route.ts", "sns/route.ts"];
const METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir = API): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(full) : e.name === "route.ts" ? [path.relative(API, full)] : [];
  });
}

async function mutationHandlers() {
  const found: Array<{ name: string; handler: Handler }> = [];
  for (const file of routeFiles().filter((f) => !EXEMPT.includes(f))) {
    const mod = (await import(path.join(API, file))) as Partial<Record<string, Handler>>;
    for (const m of METHODS) if (mod[m]) found.push({ name: `${m} ${file}`, handler: mod[m] });
  }
  return found;
}

const call = (handler: Handler, method: string, headers: Record<string, string>) =>
  handler(
    new Request("http://localhost:3000/api/x", { method, headers, body: JSON.stringify({ email: "mallory@evil.test", role: "admin" }) }),
    {
      params: Promise.resolve({ id: "someone", domain: "example.com" }),
    },
  );

describe("state-changing API routes", () => {
  it("include the user endpoints (the list is not empty by mistake)", async () => {
    const names = (await mutationHandlers()).map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(["POST users/route.ts", "PATCH users/[id]/route.ts"]));
  });

  it("refuse a foreign Origin, or a same-site Sec-Fetch-Site without one, with 403", async () => {
    for (const { name, handler } of await mutationHandlers()) {
      const method = name.split(" ")[0]!;
      const foreign = await call(handler, method, { origin: "http://localhost:3001", "content-type": "application/json" });
      expect(foreign.status, name).toBe(403);
      const sibling = await call(handler, method, { "sec-fetch-site": "same-site", "content-type": "application/json" });
      expect(sibling.status, name).toBe(403);
    }
  });

  it("refuse a text/plain body, the one a cross-site form can send as JSON, with 415", async () => {
    for (const { name, handler } of await mutationHandlers()) {
      const res = await call(handler, name.split(" ")[0]!, { "sec-fetch-site": "same-origin", "content-type": "text/plain" });
      expect(res.status, name).toBe(415);
    }
  });
});
