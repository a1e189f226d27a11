import { describe, expect, it } from "vitest";
import { originFromHeaders } from "./webhook-endpoint";

describe("originFromHeaders", () => {
  const forwarded = new Headers({ host: "dashboard.internal:3000", "x-forwarded-host": "attacker.example", "x-forwarded-proto": "http" });

  it("ignores X-Forwarded-Host and -Proto unless TRUST_PROXY=1", () => {
    expect(originFromHeaders(forwarded, false)).toBe("https://dashboard.internal:3000");
    expect(originFromHeaders(forwarded, true)).toBe("http://attacker.example");
  });

  it("uses http for a local host, and nothing without a Host", () => {
    expect(originFromHeaders(new Headers({ host: "localhost:3000" }), false)).toBe("http://localhost:3000");
    expect(originFromHeaders(new Headers(), false)).toBeUndefined();
  });
});
