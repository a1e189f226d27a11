import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CommandIo } from "./io";
import { usageOf } from "./registry";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments, strictly parsed; on a bad option or argument, the reason and the command's usage on
 * stderr and null, which the command turns into exit status 2.
 */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, io: CommandIo, positionals = 0) {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) throw new Error(`Unexpected argument '${parsed.positionals[positionals]}'`);
    return parsed;
  } catch (e) {
    io.err(`${(e as Error).message}\n${usageOf(command)}\n`);
    return null;
  }
}

/** A usage error found after parsing: the reason, the usage, status 2. */
export function usageError(command: string, reason: string, io: CommandIo): 2 {
  io.err(`${reason}\n${usageOf(command)}\n`);
  return 2;
}
