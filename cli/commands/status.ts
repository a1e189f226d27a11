import { parseCommandArgs } from "../args";
import { utc } from "../format/checklist";
import { stdio, type CommandIo } from "../io";
import { readEach, resolveScopes, SCOPE_OPTIONS, scopeJson, type Scope } from "../scope";
import { readCurrentReputation, type CurrentRate, type CurrentReputation } from "../../lib/reputation/current-reputation";
import { DANGER_LABEL } from "../../lib/reputation/danger";
import { formatRate } from "../../lib/reputation/levels";
import { getAccountView, type AccountView } from "../../lib/snapshots/account-view";

type Entry = { scope: Scope; view: AccountView; reputation: CurrentReputation };

const rate = (r: CurrentRate) => (r.value === null ? "no data" : `${formatRate(r.value)} (${r.status})`);

function formatText({ scope, view, reputation }: Entry): string {
  const s = view.lastGood;
  if (!s) return `${scope.label}: no successful reading yet\n\n`;
  const lines = [
    `${scope.label} (read ${utc(s.readAt)})`,
    `  access:      ${s.production ? "production" : "sandbox"}${s.review?.status ? ` (request ${s.review.status})` : ""}`,
    `  sending:     ${s.sendingEnabled ? "enabled" : "disabled"}; enforcement ${s.enforcementStatus}`,
    `  quota:       ${s.quota.sentLast24Hours} of ${s.quota.max24Hour} in 24 h, ${s.quota.maxSendRate} per second`,
    `  rates (24 h, ${reputation.volumes24h.send ?? 0} sent): bounce ${rate(reputation.bounce)}, complaint ${rate(reputation.complaint)}`,
    `  danger:      ${DANGER_LABEL[view.danger.level]}`,
    ...view.danger.reasons.map((r) => `    ${r.text}`),
  ];
  if (view.lastFailure)
    lines.push(
      `  The newest reading failed (${utc(view.lastFailure.at)}: ${view.lastFailure.error}); these figures are from the last good one.`,
    );
  return `${lines.join("\n")}\n\n`;
}

const toJson = ({ scope, view, reputation }: Entry) => {
  const s = view.lastGood;
  return {
    ...scopeJson(scope),
    readAt: s?.readAt.toISOString() ?? null,
    access: s ? (s.production ? "production" : "sandbox") : null,
    review: s?.review ?? null,
    sendingEnabled: s?.sendingEnabled ?? null,
    enforcementStatus: s?.enforcementStatus ?? null,
    quota: s?.quota ?? null,
    rates: {
      sends24h: reputation.volumes24h.send,
      minVolume: reputation.minVolume,
      bounce: reputation.bounce,
      complaint: reputation.complaint,
    },
    danger: view.danger,
    lastFailure: view.lastFailure,
  };
};

/** `status`: the overview's figures for each account and region, from the store (no AWS call). Exit 0. */
export async function statusCommand(argv: string[], io: CommandIo = stdio): Promise<number> {
  const parsed = parseCommandArgs("status", argv, SCOPE_OPTIONS, io);
  if (!parsed) return 2;
  const scopes = await resolveScopes("status", parsed.values, io);
  if (!scopes) return 2;
  const entries = await readEach(scopes, async (region) => {
    const [view, reputation] = await Promise.all([getAccountView(region), readCurrentReputation(region)]);
    return { view, reputation };
  });
  io.out(parsed.values.json ? `${JSON.stringify(entries.map(toJson), null, 2)}\n` : entries.map(formatText).join(""));
  return 0;
}
