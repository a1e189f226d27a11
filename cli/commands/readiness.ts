import { parseCommandArgs, usageError } from "../args";
import { STATUS_MARK, utc } from "../format/checklist";
import { stdio, type CommandIo } from "../io";
import { readEach, resolveScopes, SCOPE_OPTIONS, scopeJson, type Scope } from "../scope";
import { GROUPS } from "../../lib/readiness/evaluate-readiness";
import { readinessGate, type GateVerdict } from "../../lib/readiness/gate";
import { DANGER_LABEL } from "../../lib/reputation/danger";
import { getAccountView, type AccountView } from "../../lib/snapshots/account-view";

type Entry = { scope: Scope; view: AccountView; gate: GateVerdict };

function formatText({ scope, view, gate }: Entry): string {
  const r = view.readiness;
  if (!r) return `${scope.label}: ${gate.reasons.join("; ")}\n`;
  const lines = [
    `${scope.label}: ${r.score}/100, ${gate.pass ? "passes" : "blocked"} · ${DANGER_LABEL[view.danger.level]} · evaluated ${utc(r.evaluatedAt)}`,
  ];
  if (view.lastFailure)
    lines.push(`  The newest reading failed (${utc(view.lastFailure.at)}: ${view.lastFailure.error}); this is the last good one.`);
  for (const g of GROUPS) {
    const checks = r.checks.filter((c) => c.group === g.id);
    if (checks.length) lines.push(`  ${g.title}`, ...checks.map((c) => `    ${STATUS_MARK[c.status]} ${c.title}: ${c.summary}`));
  }
  lines.push(...gate.reasons.map((reason) => `  blocked: ${reason}`));
  return `${lines.join("\n")}\n\n`;
}

/**
 * `readiness`: the checklist of each account's and region's newest stored reading, and the gate for scripts:
 * exit 1 when any of them is blocked (lib/readiness/gate.ts), 2 when one has no reading yet, 0 otherwise.
 */
export async function readinessCommand(argv: string[], io: CommandIo = stdio): Promise<number> {
  const parsed = parseCommandArgs("readiness", argv, { ...SCOPE_OPTIONS, "min-score": { type: "string" } }, io);
  if (!parsed) return 2;
  const { values } = parsed;
  const minScore = values["min-score"] === undefined ? undefined : Number(values["min-score"]);
  if (minScore !== undefined && !(Number.isInteger(minScore) && minScore >= 0 && minScore <= 100))
    return usageError("readiness", "--min-score must be a whole number from 0 to 100.", io);
  const scopes = await resolveScopes("readiness", values, io);
  if (!scopes) return 2;
  const entries = (await readEach(scopes, async (region) => ({ view: await getAccountView(region) }))).map((e) => ({
    ...e,
    gate: readinessGate(e.view, minScore),
  }));
  const pass = entries.every((e) => e.gate.pass === true);
  if (values.json) {
    const results = entries.map(({ scope, view, gate }) => ({
      ...scopeJson(scope),
      pass: gate.pass,
      reasons: gate.reasons,
      danger: view.danger,
      lastFailure: view.lastFailure,
      readiness: view.readiness,
    }));
    io.out(`${JSON.stringify({ pass, minScore: minScore ?? null, results }, null, 2)}\n`);
  } else {
    io.out(entries.map(formatText).join(""));
  }
  if (entries.some((e) => e.gate.pass === false)) return 1;
  return pass ? 0 : 2;
}
