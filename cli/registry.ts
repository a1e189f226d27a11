import type { CommandIo } from "./io";

export type Command = (argv: string[], io?: CommandIo) => Promise<number>;

type Entry = { summary: string; usage: string; load: () => Promise<Command> };

const SCOPE = "[--account ID] [--region R[,R…]] [--json]";

/**
 * Every command, with its help, which main prints without loading the command: each module (and the libraries
 * behind it) is imported only when that command runs, so the offline commands never load Prisma or the AWS SDK.
 */
export const COMMANDS: Record<string, Entry> = {
  readiness: {
    summary: "print the checklist of the newest reading; exit 1 when something blocks sending",
    usage: `readiness ${SCOPE} [--min-score N]`,
    load: async () => (await import("./commands/readiness")).readinessCommand,
  },
  status: {
    summary: "print access, quotas, enforcement, sending, the rates and the danger level per region",
    usage: `status ${SCOPE}`,
    load: async () => (await import("./commands/status")).statusCommand,
  },
  domains: {
    summary: "list identities with their SPF, DKIM, DMARC and MAIL FROM state",
    usage: `domains ${SCOPE}`,
    load: async () => (await import("./commands/domains")).domainsCommand,
  },
  suppressions: {
    summary: "export the suppression list as CSV to stdout",
    usage: "suppressions export [--search TEXT]",
    load: async () => (await import("./commands/suppressions")).suppressionsCommand,
  },
  report: {
    summary: "write the checklist as Markdown",
    usage: "report [--account ID] [--region R[,R…]] [--out FILE]",
    load: async () => (await import("./commands/report")).reportCommand,
  },
  collect: {
    summary: "read every configured region once and store the readings",
    usage: "collect",
    load: async () => (await import("./commands/collect")).collectCommand,
  },
  "check-domain": {
    summary: "check SPF, DKIM, DMARC and MAIL FROM of a domain",
    usage: "check-domain <domain> [--region R] [--dkim-tokens a,b,c] [--mail-from sub.domain] [--dns-server host:port] [--json]",
    load: async () => (await import("./commands/check-domain")).checkDomainCommand,
  },
  "spf-eval": {
    summary: "evaluate SPF check_host() for an IP and sender",
    usage: "spf-eval --ip <ip> --mail-from <address> --helo <name> [--dns-server host:port] [--json]",
    load: async () => (await import("./commands/spf-eval")).spfEval,
  },
};

export const usageOf = (name: string): string => `Usage: ses-launchpad ${COMMANDS[name]!.usage}`;

export function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return [
    "Usage: ses-launchpad <command> [options]",
    "",
    ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}${c.summary}`),
    "",
    "ses-launchpad <command> --help shows a command's options; --version prints the version.",
  ].join("\n");
}
