import { parseArgs } from "node:util";
import { createDnsClient, systemResolvers } from "../../lib/dns/dns-client";
import { env } from "../../lib/env";
import { checkedDomain, checkHost } from "../../lib/dns/spf/check-host";
import { dnsNameProblem } from "../../lib/validation/dns-name";

const USAGE = "usage: ses-launchpad spf-eval --ip <ip> --mail-from <address> --helo <name> [--dns-server host:port] [--json]";

/**
 * `spf-eval`: RFC 7208 check_host() for one client address, MAIL FROM and HELO.
 * Prints the result and its explanation; exit 0 when evaluated (whatever the result), 2 on bad usage
 * or a name that cannot exist.
 */
export async function spfEval(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  let values: { ip?: string; "mail-from"?: string; helo?: string; "dns-server"?: string[]; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { ip: { type: "string" }, "mail-from": { type: "string" }, helo: { type: "string" }, "dns-server": { type: "string", multiple: true }, json: { type: "boolean" } },
      strict: true,
    }));
  } catch (e) {
    out(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.ip || values["mail-from"] === undefined || !values.helo) {
    out(USAGE);
    return 2;
  }
  const input = { ip: values.ip, mailFrom: values["mail-from"], helo: values.helo };
  // A name no DNS can hold would evaluate to "none", which reads as "no SPF record": refuse it instead.
  const impossible = [checkedDomain(input), ...(/^\[.*\]$/.test(input.helo) ? [] : [input.helo])].map((n) => [n, dnsNameProblem(n)] as const).find(([, p]) => p);
  if (impossible) {
    out(`"${impossible[0]}" cannot be a domain name: ${impossible[1]}`);
    return 2;
  }
  const servers = values["dns-server"] ?? defaultServers();
  const client = createDnsClient({ servers, timeoutMs: 2000, retries: 1 });
  const r = await checkHost(input, { lookup: client.lookup });
  if (values.json) {
    out(JSON.stringify({ result: r.result, explanation: r.explanation ?? null, reason: r.reason, domain: r.domain, lookups: r.lookups, voidLookups: r.voidLookups, queries: client.queriesSent }, null, 2));
  } else {
    out(`${r.result}: ${r.reason}`);
    if (r.explanation) out(`explanation: ${r.explanation}`);
    out(`lookups: ${r.lookups}/10, void lookups: ${r.voidLookups}/2`);
  }
  return 0;
}

/** Without --dns-server: the app's DNS_SERVERS setting, else the system's resolvers. */
function defaultServers(): string[] {
  const configured = env().DNS_SERVERS;
  return configured ? configured.split(",").map((s) => s.trim()).filter(Boolean) : systemResolvers();
}
