import { describe, expect, it } from "vitest";
import { GENERIC_SIGN_IN_ERROR, signInErrorMessage } from "./sign-in-errors";

describe("sign-in error messages", () => {
  it("maps next-auth's codes and ours to fixed texts", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("Wrong e-mail or password.");
    expect(signInErrorMessage("RateLimited")).toContain("Too many failed sign-ins");
    expect(signInErrorMessage("AccountDisabled")).toBe("This account is disabled. Ask an admin.");
    expect(signInErrorMessage("OAuthCallback")).toContain("Single sign-on failed");
  });

  it("never shows text from the address bar: anything else reads as the generic message", () => {
    const injected = [
      "Your session expired. Call +1 555 0100 to restore access.",
      "<b>hi</b>",
      "constructor",
      "__proto__",
      "toString",
      "",
      "Default",
    ];
    for (const code of injected) expect(signInErrorMessage(code), code).toBe(GENERIC_SIGN_IN_ERROR);
    expect(signInErrorMessage(undefined)).toBe(GENERIC_SIGN_IN_ERROR);
  });
});
