import { parseCommandArgs, usageError } from "../args";
import { serversFrom } from "../dns-servers";
import { stdio, type CommandIo } from "../io";
import { createDnsClient } from "../../lib/dns/dns-client";
import { checkedDomain, checkHost } from "../../lib/dns/spf/check-host";
import { dnsNameProblem } from "../../lib/validation/dns-name";

/**
 * `spf-eval`: RFC 7208 check_host() for one client address, MAIL FROM and HELO.
 * Prints the result and its explanation; exit 0 when evaluated (whatever the result), 2 on bad usage
 * or a name that cannot exist.
 */
export async function spfEval(argv: string[], io: CommandIo = stdio): Promise<number> {
  const parsed = parseCommandArgs(
    "spf-eval",
    argv,
    {
      ip: { type: "string" },
      "mail-from": { type: "string" },
      helo: { type: "string" },
      "dns-server": { type: "string", multiple: true },
      json: { type: "boolean" },
    },
    io,
  );
  if (!parsed) return 2;
  const { values } = parsed;
  if (!values.ip || values["mail-from"] === undefined || !values.helo)
    return usageError("spf-eval", "--ip, --mail-from and --helo are required.", io);
  const input = { ip: values.ip, mailFrom: values["mail-from"], helo: values.helo };
  // A name no DNS can hold would evaluate to "none", which reads as "no SPF record": refuse it instead.
  const impossible = [checkedDomain(input), ...(/^\[.*\]$/.test(input.helo) ? [] : [input.helo])]
    .map((n) => [n, dnsNameProblem(n)] as const)
    .find(([, p]) => p);
  if (impossible) {
    io.err(`"${impossible[0]}" cannot be a domain name: ${impossible[1]}\n`);
    return 2;
  }
  const client = createDnsClient({ servers: serversFrom(values["dns-server"]), timeoutMs: 2000, retries: 1 });
  const r = await checkHost(input, { lookup: client.lookup });
  if (values.json) {
    io.out(
      `${JSON.stringify({ result: r.result, explanation: r.explanation ?? null, reason: r.reason, domain: r.domain, lookups: r.lookups, voidLookups: r.voidLookups, queries: client.queriesSent }, null, 2)}\n`,
    );
  } else {
    io.out(
      [
        `${r.result}: ${r.reason}`,
        ...(r.explanation ? [`explanation: ${r.explanation}`] : []),
        `lookups: ${r.lookups}/10, void lookups: ${r.voidLookups}/2`,
        "",
      ].join("\n"),
    );
  }
  return 0;
}
