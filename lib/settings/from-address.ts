import "server-only";
import { db } from "../db/client";
import { env } from "../env";

export const FROM_ADDRESS_KEY = "from-email";

/** The From address the team sends with: the setting saved in the dashboard wins over AWS_SES_FROM_EMAIL. */
export async function getFromAddress(): Promise<string | undefined> {
  const saved = await db().setting.findUnique({ where: { key: FROM_ADDRESS_KEY } });
  return saved?.value || env().AWS_SES_FROM_EMAIL;
}
