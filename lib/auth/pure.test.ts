import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { contentSecurityPolicy } from "./content-security-policy";
import { isPublicPath } from "./public-paths";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, signInBlocked } from "./rate-limit-policy";
import { hasRole } from "./roles";

describe("roles", () => {
  it("orders viewer < operator < admin and rejects unknown roles", () => {
    expect(hasRole("admin", "operator")).toBe(true);
    expect(hasRole("operator", "operator")).toBe(true);
    expect(hasRole("viewer", "operator")).toBe(false);
    expect(hasRole("root", "viewer")).toBe(false);
  });
});

describe("sign-in rate limit", () => {
  it("blocks at the per-account or the per-address limit", () => {
    expect(signInBlocked({ account: MAX_FAILURES_PER_ACCOUNT - 1, address: 0 })).toBe(false);
    expect(signInBlocked({ account: MAX_FAILURES_PER_ACCOUNT, address: 0 })).toBe(true);
    expect(signInBlocked({ account: 0, address: MAX_FAILURES_PER_ADDRESS })).toBe(true);
  });
});

describe("public paths", () => {
  it("lets only sign-in, auth endpoints, health and the SNS webhook through", () => {
    for (const p of ["/sign-in", "/api/auth/csrf", "/api/health", "/api/sns"]) expect(isPublicPath(p)).toBe(true);
    for (const p of ["/", "/users", "/api/users", "/api/healthz", "/sign-in-admin", "/api/snsx"]) expect(isPublicPath(p)).toBe(false);
  });
});

describe("client address", () => {
  it("takes the entry written by the closest proxy", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

describe("content security policy", () => {
  it("allows scripts only with the nonce in production", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
