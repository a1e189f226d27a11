import { sesStateFromIdentity, type SesIdentityState } from "../../lib/dns/alignment/ses-state";
import { allFindings, checkDomain, type DomainCheck } from "../../lib/dns/check-domain";
import { createDnsClient } from "../../lib/dns/dns-client";
import { dnsLookup } from "../../lib/dns/resolver";
import { parseCommandArgs } from "../args";
import { serversFrom } from "../dns-servers";
import { stdio, type CommandIo } from "../io";
import { usageOf } from "../registry";
import { PSD_LABEL, type DmarcSource } from "../../lib/dns/dmarc/dmarc-types";
import type { Finding } from "../../lib/dns/findings";
import type { DnsLookup } from "../../lib/dns/types";
import { env } from "../../lib/env";
import { domainNameField } from "../../lib/validation/domain";

/** What SES knows of the identity; the SES client is loaded only when needed (it is server-only). */
async function fromSes(domain: string, region: string) {
  const [{ GetEmailIdentityCommand }, { sesv2 }] = await Promise.all([import("@aws-sdk/client-sesv2"), import("../../lib/aws/clients")]);
  return sesStateFromIdentity(await sesv2(region).send(new GetEmailIdentityCommand({ EmailIdentity: domain })));
}

const SOURCE_LABEL: Record<DmarcSource, string> = { domain: "", parent: " (a parent domain's record)", psd: ` (${PSD_LABEL})` };

const MARK: Record<Finding["severity"], string> = { error: "✗", warning: "!", info: "·" };

function formatText(c: DomainCheck): string {
  const lines = [`${c.domain}: ${c.verdict}`];
  const section = (title: string, status: string, findings: Finding[], extra: string[] = []) => {
    lines.push("", `${title}: ${status}`, ...extra);
    for (const f of findings) lines.push(`  ${MARK[f.severity]} [${f.code}] ${f.message}`, ...(f.fix ? [`      fix: ${f.fix}`] : []));
  };
  section(c.apexSpf ? "SPF of the MAIL FROM" : "SPF", c.spf.status, c.spf.findings, [
    `  record: ${c.spf.record ?? "(none)"}`,
    `  DNS lookups: ${c.spf.lookups}/10, void: ${c.spf.voidLookups}/2, SES authorized: ${c.spf.sesAuthorized ?? "unknown"}`,
  ]);
  if (c.apexSpf) {
    const a = c.apexSpf;
    section(`SPF of ${c.domain} (its other mail; SES uses the MAIL FROM above)`, a.status, a.findings, [
      `  record: ${a.record ?? "(none)"}`,
      `  DNS lookups: ${a.lookups}/10, void: ${a.voidLookups}/2`,
    ]);
  }
  section(
    "DKIM",
    c.dkim.status,
    c.dkim.findings,
    c.dkim.records.map(
      (r) => `  ${r.status.padEnd(7)} ${r.name} (relative: ${r.relativeName}) → ${r.expected}; found: ${r.found ?? "nothing"}`,
    ),
  );
  section("DMARC", c.dmarc.status, c.dmarc.findings, [
    `  record: ${c.dmarc.record ?? "(none)"}${SOURCE_LABEL[c.dmarc.source ?? "domain"]}`,
    `  policy: ${c.dmarc.policy ?? "none applies"}`,
  ]);
  section("MAIL FROM", c.mailFrom.status, c.mailFrom.findings);
  const passes = c.alignment.dmarcPasses === null ? "could not tell" : c.alignment.dmarcPasses ? `yes, through ${c.alignment.via}` : "no";
  section("DMARC for mail sent through SES", passes, c.alignment.findings);
  return lines.join("\n") + "\n";
}

/** check-domain: 0 when nothing is an error, 1 when something is, 2 when the check could not run. */
export async function checkDomainCommand(argv: string[], io: CommandIo = stdio): Promise<number> {
  const options = {
    region: { type: "string" },
    "dkim-tokens": { type: "string" },
    "mail-from": { type: "string" },
    "dns-server": { type: "string", multiple: true },
    json: { type: "boolean" },
  } as const;
  const parsed = parseCommandArgs("check-domain", argv[0] === "check-domain" ? argv.slice(1) : argv, options, io, 1);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err(`${usageOf("check-domain")}\n`);
    return 2;
  }
  // The web form's rule: a name that cannot exist is refused, never checked and reported as "no record".
  const names = [positionals[0]!, ...(values["mail-from"] === undefined ? [] : [values["mail-from"]])].map((raw) => ({
    raw,
    parsed: domainNameField.safeParse(raw),
  }));
  const invalid = names.find((n) => !n.parsed.success);
  if (invalid) {
    io.err(
      `"${invalid.raw}" cannot be checked: ${invalid.parsed.error?.issues[0]?.message ?? "not a domain name"}\n${usageOf("check-domain")}\n`,
    );
    return 2;
  }
  const domain = names[0]!.parsed.data!;
  const mailFromArg = names[1]?.parsed.data;
  const region = values.region ?? env().AWS_SES_REGION;
  let dkimTokens = values["dkim-tokens"]
    ?.split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  let mailFromDomain = mailFromArg;
  let ses: SesIdentityState | undefined;
  try {
    if (!dkimTokens) {
      const fromAws = await fromSes(domain, region);
      dkimTokens = fromAws.dkimTokens;
      mailFromDomain ??= fromAws.mailFromDomain;
      ses = fromAws.ses;
    }
  } catch (e) {
    const { describeAwsError } = await import("../../lib/aws/describe-aws-error");
    io.err(
      `Could not read the identity from SES: ${describeAwsError(e, "ses:GetEmailIdentity")}\nPass --dkim-tokens to check the DNS alone.\n`,
    );
    return 2;
  }
  let lookup: DnsLookup;
  try {
    // Without --dns-server, the app's cached lookup (DNS_SERVERS, else the system's resolvers).
    lookup = values["dns-server"] ? createDnsClient({ servers: serversFrom(values["dns-server"]) }).lookup : dnsLookup();
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
  const result = await checkDomain({ domain, region, dkimTokens, mailFromDomain, ses, lookup });
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatText(result));
  if (result.verdict === "unknown") return 2;
  return allFindings(result).some((f) => f.severity === "error") ? 1 : 0;
}
