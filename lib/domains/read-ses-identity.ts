import "server-only";
import { GetEmailIdentityCommand } from "@aws-sdk/client-sesv2";
import { sesStateFromIdentity, type SesIdentityState } from "../dns/alignment/ses-state";
import { sesv2 } from "../aws/clients";

export type SesIdentityView = { ses: SesIdentityState; dkimTokens: string[]; mailFromDomain?: string };

/** SES's view of one identity (SES v2 GetEmailIdentity); undefined when SES does not know it. */
export async function readSesIdentity(region: string, domain: string): Promise<SesIdentityView | undefined> {
  try {
    return sesStateFromIdentity(await sesv2(region).send(new GetEmailIdentityCommand({ EmailIdentity: domain })));
  } catch (e) {
    if ((e as { name?: string }).name === "NotFoundException") return undefined;
    throw e;
  }
}
