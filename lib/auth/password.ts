import bcrypt from "bcryptjs";

// bcrypt with a per-hash salt; cost 12 takes a few hundred milliseconds,
// slow enough to make offline guessing expensive.
const COST = 12;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);

export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the account does not exist, so
 * response times do not reveal which e-mail addresses have accounts.
 */
export async function verifyAgainstNothing(plain: string): Promise<false> {
  dummyHash ??= hashPassword("no account has this password");
  await verifyPassword(plain, await dummyHash);
  return false;
}
