import type { CurrentReputation } from "@/lib/reputation/current-reputation";
import { DANGER_LABEL, type Danger } from "@/lib/reputation/danger";
import { formatRate, RATE_LEVELS, type RateMetric } from "@/lib/reputation/levels";
import { formatLevel, utcMinute } from "./format-duration";
import { RateStatusBadge } from "./rate-status-badge";

const TONE = {
  none: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100",
  review: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100",
  pause: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100",
  paused: "bg-red-700 text-white",
};

type Props = {
  danger: Danger;
  account: { sendingEnabled: boolean; enforcementStatus: string };
  current: CurrentReputation;
};

function RateRow({ metric, current }: { metric: RateMetric; current: CurrentReputation }) {
  const l = RATE_LEVELS[metric];
  const rate = current[metric];
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1" data-testid={`status-${metric}-rate`}>
      <span className="w-32 text-sm">{l.label}</span>
      <span className="text-xl font-semibold tabular-nums">
        {rate.value === null ? "—" : formatRate(rate.value, metric === "complaint" ? 3 : 2)}
      </span>
      <RateStatusBadge status={rate.status} />
      <span className="text-xs text-slate-600 dark:text-slate-400">
        review at {formatLevel(l.review)} · pause at {formatLevel(l.atRisk)}
      </span>
    </div>
  );
}

/** What sets the account's status: each reason with its value, the level crossed and since when; or why there is none. */
export function DangerReasons({
  danger,
  enforcementStatus,
  current,
}: {
  danger: Danger;
  enforcementStatus: string;
  current: CurrentReputation;
}) {
  if (!danger.reasons.length) {
    return (
      <p className="text-sm" data-testid="danger-reasons">
        No reputation issue: sending is enabled, the enforcement status is {enforcementStatus}, and neither rate is at a level where AWS
        reviews or pauses an account
        {current.bounce.status === "not-enough-volume"
          ? ` (the rates are over fewer than ${current.minVolume} messages and are no verdict yet)`
          : ""}
        .
      </p>
    );
  }
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="danger-reasons">
      {danger.reasons.map((r) => (
        <li key={r.metric}>
          {r.text} Since {utcMinute(new Date(r.since))}.
        </li>
      ))}
    </ul>
  );
}

/**
 * The account's sending reputation as the SES console's reputation page shows it: one status, then the two
 * rates beside AWS's levels, then what sets the status, each reason with its value and since when.
 */
export function ReputationStatus({ danger, account, current }: Props) {
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        Account status:{" "}
        <strong data-testid="reputation-status" data-danger-level={danger.level} className={`rounded px-2 py-0.5 ${TONE[danger.level]}`}>
          {DANGER_LABEL[danger.level]}
        </strong>
        <span>
          Sending: <strong data-testid="sending-enabled">{account.sendingEnabled ? "enabled" : "paused"}</strong> · Enforcement status:{" "}
          <strong data-testid="enforcement-status">{account.enforcementStatus}</strong>
        </span>
      </p>
      <RateRow metric="bounce" current={current} />
      <RateRow metric="complaint" current={current} />
      <DangerReasons danger={danger} enforcementStatus={account.enforcementStatus} current={current} />
      <p className="text-xs text-slate-500">
        Status read from SES GetAccount and CloudWatch AWS/SES Reputation.* at {utcMinute(new Date(danger.at))}; rates from the stored
        CloudWatch periods{current.latestAt !== null ? `, newest ${utcMinute(current.latestAt)}` : ", none stored yet"}.
      </p>
    </div>
  );
}
