import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import { FROM_ADDRESS_KEY } from "./from-address";

/** Both sources of the From address, so the page can say which one applies. */
export async function fromAddressSources(): Promise<{ saved?: string; environment?: string }> {
  const row = await db().setting.findUnique({ where: { key: FROM_ADDRESS_KEY } });
  return { saved: row?.value || undefined, environment: env().AWS_SES_FROM_EMAIL };
}

/** Saves the address, or with undefined removes it so AWS_SES_FROM_EMAIL applies again. */
export async function saveFromAddress(address: string | undefined): Promise<void> {
  if (address === undefined) {
    await db().setting.deleteMany({ where: { key: FROM_ADDRESS_KEY } });
    return;
  }
  await db().setting.upsert({
    where: { key: FROM_ADDRESS_KEY },
    create: { key: FROM_ADDRESS_KEY, value: address },
    update: { value: address },
  });
}
