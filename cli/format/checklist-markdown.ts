import { STATUS_MARK, utc } from "./checklist";
import { GROUPS } from "../../lib/readiness/evaluate-readiness";
import { DANGER_LABEL } from "../../lib/reputation/danger";
import type { AccountView } from "../../lib/snapshots/account-view";

/** Table cells hold one line, and a | would end the cell. */
const cell = (text: string) => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");

/** One account's and region's checklist as Markdown: for a pull request, a wiki page or an issue. */
export function checklistMarkdown(label: string, view: AccountView): string {
  const r = view.readiness;
  if (!r) return `## ${label}\n\nNo successful reading yet.\n`;
  const out = [
    `## ${label}`,
    "",
    `**Readiness ${r.score}/100**${r.ready === false ? " (not ready)" : ""} · ${DANGER_LABEL[view.danger.level]} · evaluated ${utc(r.evaluatedAt)}`,
    ...view.danger.reasons.map((d) => `- ${d.text}`),
  ];
  if (view.lastFailure)
    out.push("", `> The newest reading failed (${utc(view.lastFailure.at)}: ${cell(view.lastFailure.error)}); this is the last good one.`);
  for (const g of GROUPS) {
    const checks = r.checks.filter((c) => c.group === g.id);
    if (!checks.length) continue;
    out.push("", `### ${g.title}`, "", "| | Item | Status | Now |", "| --- | --- | --- | --- |");
    out.push(...checks.map((c) => `| ${STATUS_MARK[c.status]} | ${cell(c.title)} | ${c.status} | ${cell(c.summary)} |`));
  }
  if (r.nextActions.length)
    out.push(
      "",
      "### Next actions",
      "",
      ...r.nextActions.map((c, i) => `${i + 1}. **${cell(c.title)}**${c.fix?.steps[0] ? `: ${cell(c.fix.steps[0])}` : ""}`),
    );
  return `${out.join("\n")}\n`;
}
