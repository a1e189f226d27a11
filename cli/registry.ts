import type { CommandIo } from "./io";

export type Command = (argv: string[], io?: CommandIo) => Promise<number>;

type Entry = { summary: string; usage: string; load: () => Promise<Command> };

/**
 * Every command, with its help, which main prints without loading the command: each module (and the libraries
 * behind it) is imported only when that command runs, so the offline commands never load Prisma or the AWS SDK.
 */
export const COMMANDS: Record<string, Entry> = {
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
