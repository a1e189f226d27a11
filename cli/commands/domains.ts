import { parseCommandArgs } from "../args";
import { utc } from "../format/checklist";
import { stdio, type CommandIo } from "../io";
import { readEach, resolveScopes, SCOPE_OPTIONS, scopeJson, type Scope } from "../scope";
import { listDomainsWithChecks, type DomainRow } from "../../lib/domains/list-domains";
import { PART_LABELS, type PartId } from "../../lib/domains/part-statuses";

const PARTS = Object.keys(PART_LABELS) as PartId[];

const rowJson = (r: DomainRow) => ({
  name: r.identity.name,
  type: r.identity.type,
  verifiedForSending: r.identity.verifiedForSending,
  checkedAt: r.latest?.checkedAt ?? null,
  verdict: r.latest?.check.verdict ?? null,
  parts: r.parts ?? null,
});

function formatText({ scope, rows }: { scope: Scope; rows: DomainRow[] }): string {
  const lines = [`${scope.label}: ${rows.length} ${rows.length === 1 ? "identity" : "identities"}`];
  for (const r of rows) {
    const verified = r.identity.verifiedForSending ? "verified" : "not verified";
    lines.push(
      `  ${r.identity.name} (${r.identity.type === "EMAIL_ADDRESS" ? "address" : "domain"}, ${verified})${r.latest ? `, checked ${utc(r.latest.checkedAt)}` : ""}`,
    );
    if (r.identity.type !== "EMAIL_ADDRESS" && !r.parts) lines.push("    not checked yet");
    for (const p of r.parts ? PARTS : [])
      lines.push(`    ${PART_LABELS[p].padEnd(22)} ${r.parts![p].status.padEnd(8)} ${r.parts![p].summary}`);
  }
  return `${lines.join("\n")}\n\n`;
}

/** `domains`: the Domains page: every SES identity (read from SES) with its newest stored DNS check. Exit 0. */
export async function domainsCommand(argv: string[], io: CommandIo = stdio): Promise<number> {
  const parsed = parseCommandArgs("domains", argv, SCOPE_OPTIONS, io);
  if (!parsed) return 2;
  const scopes = await resolveScopes("domains", parsed.values, io);
  if (!scopes) return 2;
  const entries = await readEach(scopes, async (region) => ({ rows: await listDomainsWithChecks(region) }));
  io.out(
    parsed.values.json
      ? `${JSON.stringify(
          entries.map((e) => ({ ...scopeJson(e.scope), identities: e.rows.map(rowJson) })),
          null,
          2,
        )}\n`
      : entries.map(formatText).join(""),
  );
  return 0;
}
