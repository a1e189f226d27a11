import Link from "next/link";
import { StatusBadge } from "@/components/readiness/status-badge";
import type { ObservedFacts } from "@/lib/access-request/observed-facts";

// The checklist items a reviewer is most likely to hold against a request (notes §2).
const BLOCKING = [
  { id: "identity.verified-domain", title: "A verified sending domain" },
  { id: "authentication.dkim", title: "DKIM passing" },
  { id: "notifications.routed", title: "Bounce and complaint notifications routed" },
  { id: "handling.suppression-list", title: "Suppression list on for bounces and complaints" },
];

export function BeforeYouStart({ observed }: { observed: ObservedFacts }) {
  const open = BLOCKING.filter((b) => observed.checks[b.id]?.status !== "done");
  return (
    <div className="space-y-3" data-testid="before-you-start">
      <p className="text-sm">
        {open.length
          ? `${open.length} of ${BLOCKING.length} items reviewers look for are still open in ${observed.region}. You can fill in the request now; submitting warns about each one.`
          : `Everything reviewers look for first is in place in ${observed.region}.`}
      </p>
      <ul className="space-y-2">
        {BLOCKING.map((b) => {
          const check = observed.checks[b.id];
          return (
            <li key={b.id} className="flex items-start gap-3 text-sm" data-testid={`before-${b.id}`}>
              <StatusBadge status={check?.status ?? "unknown"} />
              <span>
                <span className="font-medium">{b.title}</span>
                <span className="block text-slate-600 dark:text-slate-400">{check?.summary ?? "Not read yet: refresh the region."}</span>
                {check?.status !== "done" && (
                  <Link href={`/readiness#${b.id}`} className="text-sky-700 underline dark:text-sky-400">
                    Fix it in the checklist
                  </Link>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
