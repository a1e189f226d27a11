/** next-auth reports a wrong password as "CredentialsSignin"; refusals we raise carry their own text. */
export function signInErrorMessage(code: string): string {
  if (code === "CredentialsSignin") return "Wrong e-mail or password.";
  if (code === "OAuthSignin" || code === "OAuthCallback") return "Single sign-on failed. Try again or ask an admin.";
  if (/^[A-Z][A-Za-z]+$/.test(code)) return "Sign-in failed. Try again.";
  return code;
}
