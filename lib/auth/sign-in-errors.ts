import { RATE_LIMIT_MESSAGE } from "./rate-limit-policy";

/**
 * What the sign-in page says for an error code. The code arrives in the address
 * (?error=), so anyone can write a link with any text: only known codes are
 * shown, each with a fixed message.
 */
const MESSAGES = {
  CredentialsSignin: "Wrong e-mail or password.",
  RateLimited: RATE_LIMIT_MESSAGE,
  AccountDisabled: "This account is disabled. Ask an admin.",
  OAuthSignin: "Single sign-on failed. Try again or ask an admin.",
  OAuthCallback: "Single sign-on failed. Try again or ask an admin.",
  OAuthCreateAccount: "Single sign-on failed. Try again or ask an admin.",
  Callback: "Single sign-on failed. Try again or ask an admin.",
  AccessDenied: "Access denied. Ask an admin.",
  SessionRequired: "Sign in to see that page.",
} as const;

export type SignInErrorCode = keyof typeof MESSAGES;

export const GENERIC_SIGN_IN_ERROR = "Sign-in failed. Try again.";

export function signInErrorMessage(code: unknown): string {
  return typeof code === "string" && Object.hasOwn(MESSAGES, code) ? MESSAGES[code as SignInErrorCode] : GENERIC_SIGN_IN_ERROR;
}
