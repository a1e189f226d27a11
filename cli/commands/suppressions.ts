import { once } from "node:events";
import { parseCommandArgs, usageError } from "../args";
import { stdio, type CommandIo } from "../io";
import { requireDatabase } from "../scope";
import { suppressionCsvChunks } from "../../lib/bounces/suppression-export";

/** Waits for stdout to drain between pages: a list of any size streams without piling up in memory. */
async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

/**
 * `suppressions export`: the dashboard's suppression list as CSV on stdout, as the Bounces page downloads it
 * (the same export, `--search` as its search box). The list is the dashboard's own, not per account or region.
 */
export async function suppressionsCommand(argv: string[], io: CommandIo = stdio, write = writeStdout): Promise<number> {
  const parsed = parseCommandArgs("suppressions", argv, { search: { type: "string" } }, io, 1);
  if (!parsed) return 2;
  if (parsed.positionals[0] !== "export")
    return usageError(
      "suppressions",
      parsed.positionals[0] ? `Unknown action "${parsed.positionals[0]}".` : "Name the action: export.",
      io,
    );
  requireDatabase();
  for await (const chunk of suppressionCsvChunks(parsed.values.search)) await write(chunk);
  return 0;
}
