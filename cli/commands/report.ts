import { writeFileSync } from "node:fs";
import { parseCommandArgs } from "../args";
import { checklistMarkdown } from "../format/checklist-markdown";
import { stdio, type CommandIo } from "../io";
import { readEach, resolveScopes } from "../scope";
import { getAccountView } from "../../lib/snapshots/account-view";

/** `report`: the readiness checklist of each account and region as Markdown, on stdout or in `--out FILE`. Exit 0. */
export async function reportCommand(argv: string[], io: CommandIo = stdio): Promise<number> {
  const parsed = parseCommandArgs(
    "report",
    argv,
    { account: { type: "string" }, region: { type: "string", multiple: true }, out: { type: "string" } },
    io,
  );
  if (!parsed) return 2;
  const scopes = await resolveScopes("report", parsed.values, io);
  if (!scopes) return 2;
  const entries = await readEach(scopes, async (region) => ({ view: await getAccountView(region) }));
  const markdown = `# SES production readiness\n\n${entries.map((e) => checklistMarkdown(e.scope.label, e.view)).join("\n")}`;
  if (parsed.values.out) writeFileSync(parsed.values.out, markdown);
  else io.out(markdown);
  return 0;
}
