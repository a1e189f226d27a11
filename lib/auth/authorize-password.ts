import "server-only";
import { db } from "../db/client";
import { signInSchema } from "../validation/user";
import { recordAudit } from "../audit/record-audit";
import { verifyAgainstNothing, verifyPassword } from "./password";
import type { SignInErrorCode } from "./sign-in-errors";
import { beginSignInAttempt, settleSignInAttempt } from "./sign-in-attempts";

/** A refusal the sign-in page explains: next-auth passes the message on as the error code. */
export class SignInRefused extends Error {
  constructor(code: SignInErrorCode) {
    super(code);
  }
}

/** The credentials check behind the sign-in form. Returns the user, null for a wrong password. */
export async function authorizePassword(raw: unknown, ip: string) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const attempt = await beginSignInAttempt(email, ip);
  if (!attempt) throw new SignInRefused("RateLimited");

  const user = await db().user.findUnique({ where: { email } });
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  await settleSignInAttempt(attempt, ok);
  if (!ok || !user) {
    await recordAudit({ actor: { id: null, email }, action: "auth.sign-in-failed", ip });
    return null;
  }
  // Told only after the right password, so the message reveals nothing to a guesser.
  if (user.disabledAt) throw new SignInRefused("AccountDisabled");
  await recordAudit({ actor: { id: user.id, email: user.email }, action: "auth.sign-in", ip });
  return { id: user.id, email: user.email, name: user.name };
}
