import { DANGER_LABEL, runbookFor, type Danger } from "@/lib/reputation/danger";
import { RUNBOOKS } from "@/lib/reputation/runbook";
import { REGION_COOKIE } from "@/lib/settings/selected-region";
import { RegionLink } from "./region-link";

const TONE = {
  review: "bg-amber-200 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  pause: "bg-red-700 text-white",
  paused: "bg-red-900 text-white",
};

const utc = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

/**
 * On every page, for every role, while the account's worst region is at an enforcement level: where, why (the
 * worst reason with its value, the level crossed and since when), and links to the evidence and the runbook.
 */
export function DangerBanner({ region, danger }: { region: string; danger: Danger }) {
  if (danger.level === "none") return null;
  const worst = danger.reasons[0]!;
  const runbook = RUNBOOKS[runbookFor(worst)];
  const more = danger.reasons.length - 1;
  return (
    <div
      role="alert"
      data-testid="danger-banner"
      data-danger-level={danger.level}
      data-region={region}
      className={`px-4 py-2 text-sm ${TONE[danger.level]}`}
    >
      <strong>
        {DANGER_LABEL[danger.level]} in {region}:
      </strong>{" "}
      {worst.text} Since {utc(worst.since)}
      {more > 0 ? ` (and ${more} more reason${more === 1 ? "" : "s"})` : ""}.{" "}
      <RegionLink cookie={REGION_COOKIE} region={region} href="/reputation#current-rates" className="font-medium underline">
        See the evidence
      </RegionLink>{" "}
      ·{" "}
      <RegionLink cookie={REGION_COOKIE} region={region} href={`/reputation#runbook-${runbook.id}`} className="font-medium underline">
        Runbook: {runbook.title.toLowerCase()}
      </RegionLink>
    </div>
  );
}
