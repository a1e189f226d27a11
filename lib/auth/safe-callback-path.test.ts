import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safe callback path", () => {
  it("refuses every vector that sends a browser to another host", () => {
    const vectors = [
      "/\\evil.test/x", // ?callbackUrl=/%5Cevil.test/x, as the page receives it
      "/\t/evil.test", // ?callbackUrl=/%09/evil.test
      "/\\/evil.test",
      "\\\\evil.test",
      "//evil.test",
      "///evil.test",
      "/.//evil.test",
      "/..//evil.test",
      "/%2e//evil.test",
      "/x/..//evil.test",
      "/\n/evil.test",
      "/\r\n/evil.test",
      " //evil.test",
      "https://evil.test/",
      "HTTPS://evil.test",
      "http:evil.test",
      "//localhost:3000@evil.test",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "evil.test",
      "",
      "x".repeat(3000),
    ];
    for (const v of vectors) expect(safeCallbackPath(v), JSON.stringify(v)).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/users"])).toBe("/");
  });

  it("keeps same-origin paths, normalised the way a browser reads them", () => {
    expect(safeCallbackPath("/users")).toBe("/users");
    expect(safeCallbackPath("/audit?x=1#top")).toBe("/audit?x=1#top");
    expect(safeCallbackPath("/a/../users")).toBe("/users");
    expect(safeCallbackPath("/%5Cevil.test/x")).toBe("/%5Cevil.test/x");
    expect(safeCallbackPath("/@evil.test")).toBe("/@evil.test");
  });

  it("admits absolute URLs of the dashboard's own origin only, as next-auth passes them", () => {
    const own = "http://localhost:3000";
    expect(safeCallbackPath("http://localhost:3000/users?x=1", own)).toBe("/users?x=1");
    expect(safeCallbackPath("http://localhost:3000//evil.test", own)).toBe("/");
    expect(safeCallbackPath("http://localhost:3001/users", own)).toBe("/");
    expect(safeCallbackPath("https://localhost:3000/users", own)).toBe("/");
    expect(safeCallbackPath("http://localhost:3000/users")).toBe("/");
  });
});
