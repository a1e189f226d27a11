import "server-only";
import { GetEmailIdentityCommand, ListEmailIdentitiesCommand, type ListEmailIdentitiesCommandOutput } from "@aws-sdk/client-sesv2";
import type { IdentityFacts } from "../readiness/types";
import { mapLimit } from "../util/map-limit";
import { sesv2 } from "./clients";

/** Every identity of the region with its verification, DKIM, MAIL FROM and default configuration set (one GetEmailIdentity each). */
export async function listIdentities(region: string): Promise<IdentityFacts[]> {
  const names: { name: string; type: IdentityFacts["type"] }[] = [];
  let token: string | undefined;
  do {
    const page: ListEmailIdentitiesCommandOutput = await sesv2(region).send(
      new ListEmailIdentitiesCommand({ PageSize: 1000, NextToken: token }),
    );
    for (const i of page.EmailIdentities ?? [])
      if (i.IdentityName) names.push({ name: i.IdentityName, type: (i.IdentityType ?? "DOMAIN") as IdentityFacts["type"] });
    token = page.NextToken;
  } while (token);
  return mapLimit(names, 5, (i) => getIdentity(region, i.name, i.type));
}

export async function getIdentity(region: string, name: string, type?: IdentityFacts["type"]): Promise<IdentityFacts> {
  const out = await sesv2(region).send(new GetEmailIdentityCommand({ EmailIdentity: name }));
  const dkim = out.DkimAttributes;
  const mf = out.MailFromAttributes;
  return {
    name,
    type: (out.IdentityType ?? type ?? "DOMAIN") as IdentityFacts["type"],
    verifiedForSending: out.VerifiedForSendingStatus === true,
    verificationStatus: out.VerificationStatus,
    dkim: dkim
      ? {
          status: dkim.Status,
          signingEnabled: dkim.SigningEnabled === true,
          tokens: dkim.Tokens ?? [],
          keyLength: dkim.CurrentSigningKeyLength,
        }
      : undefined,
    mailFrom: mf
      ? { domain: mf.MailFromDomain || undefined, status: mf.MailFromDomainStatus, behaviorOnMxFailure: mf.BehaviorOnMxFailure }
      : undefined,
    configurationSetName: out.ConfigurationSetName,
  };
}
