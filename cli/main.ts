import { collectCommand } from "./commands/collect";

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; summary: string }> = {
  collect: { run: async () => collectCommand, summary: "read every configured region once and store the readings" },
  "check-domain": { run: async () => (await import("./commands/check-domain")).checkDomainCommand, summary: "check SPF, DKIM, DMARC and MAIL FROM of a domain" },
  "spf-eval": { run: async () => (await import("./commands/spf-eval")).spfEval, summary: "evaluate SPF check_host() for an IP and sender" },
};

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.log(["Usage: ses-launchpad <command> [options]", "", ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(14)} ${c.summary}`)].join("\n"));
    return name ? 2 : 0;
  }
  return (await command.run())(rest);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error((e as Error).message);
    process.exit(2);
  },
);
