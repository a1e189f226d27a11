import { readFileSync } from "node:fs";
import { stdio } from "./io";
import { COMMANDS, overview, usageOf } from "./registry";

const HELP = new Set(["--help", "-h"]);

// One level below the package root both as source (cli/main.ts) and as build (.cli/main.js).
const version = () => (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** 0 for help and the version, 2 with the usage on stderr for anything that is not a command. */
async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    stdio.err(`${overview()}\n`);
    return 2;
  }
  if (HELP.has(name) || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic !== undefined && !COMMANDS[topic]) return unknown(topic);
    stdio.out(`${topic ? `${COMMANDS[topic]!.summary}\n${usageOf(topic)}` : overview()}\n`);
    return 0;
  }
  if (name === "--version" || name === "-V") {
    stdio.out(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) return unknown(name);
  if (rest.some((a) => HELP.has(a))) {
    stdio.out(`${command.summary}\n${usageOf(name)}\n`);
    return 0;
  }
  return (await command.load())(rest);
}

function unknown(name: string): 2 {
  stdio.err(`Unknown command '${name}'.\n${overview()}\n`);
  return 2;
}

// Exit explicitly (a database pool or a DNS socket may stay open), once what was written has been flushed.
const exit = (code: number) => process.stdout.write("", () => process.exit(code));

main(process.argv.slice(2)).then(exit, (e: unknown) => {
  stdio.err(`${(e as Error).message}\n`);
  exit(2);
});
