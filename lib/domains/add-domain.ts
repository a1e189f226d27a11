import "server-only";
import { CreateEmailIdentityCommand, PutEmailIdentityMailFromAttributesCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "../aws/clients";
import { describeAwsError } from "../aws/describe-aws-error";

/** A refusal a user can act on: the domain exists already, or SES found the name invalid. */
export class AddDomainRefused extends Error {
  constructor(
    readonly reason: "exists" | "invalid" | "aws",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Creates the domain identity with Easy DKIM (SES generates the three token
 * CNAMEs), then the custom MAIL FROM subdomain when one is asked for.
 * Returns the DKIM tokens and the MAIL FROM domain to publish records for.
 */
export async function addDomain(
  region: string,
  { domain, mailFrom }: { domain: string; mailFrom?: string },
): Promise<{ dkimTokens: string[]; mailFromDomain?: string }> {
  const ses = sesv2(region);
  let tokens: string[];
  try {
    // No DkimSigningAttributes: Easy DKIM, which SES creates with 2048-bit keys.
    const out = await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: domain }));
    tokens = out.DkimAttributes?.Tokens ?? [];
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === "AlreadyExistsException")
      throw new AddDomainRefused("exists", `${domain} is already an SES identity in ${region}: open it from the list to see its records.`);
    if (name === "BadRequestException") throw new AddDomainRefused("invalid", `SES refused the name ${domain}: ${(e as Error).message}`);
    throw new AddDomainRefused("aws", describeAwsError(e, "ses:CreateEmailIdentity"));
  }
  if (!mailFrom) return { dkimTokens: tokens };
  const mailFromDomain = `${mailFrom}.${domain}`;
  try {
    await ses.send(
      new PutEmailIdentityMailFromAttributesCommand({
        EmailIdentity: domain,
        MailFromDomain: mailFromDomain,
        BehaviorOnMxFailure: "USE_DEFAULT_VALUE",
      }),
    );
  } catch (e) {
    throw new AddDomainRefused(
      "aws",
      `${domain} was added, but setting the MAIL FROM domain failed: ${describeAwsError(e, "ses:PutEmailIdentityMailFromAttributes")}`,
    );
  }
  return { dkimTokens: tokens, mailFromDomain };
}
