import type { Finding } from "@/lib/dns/findings";

const TONE: Record<Finding["severity"], string> = {
  error: "border-red-500",
  warning: "border-amber-500",
  info: "border-slate-300 dark:border-slate-600",
};

/** Each finding: what is wrong (and why), then the exact change that fixes it. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing to fix.</p>;
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="space-y-2">
      {ordered.map((f, i) => (
        <li key={`${f.code}-${i}`} data-code={f.code} className={`border-l-4 pl-3 ${TONE[f.severity]}`}>
          <p className="text-sm">
            <span className="font-semibold capitalize">{f.severity}</span> <code className="text-xs text-slate-500">{f.code}</code>
          </p>
          <p className="text-sm">{f.message}</p>
          {f.fix && (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              <span className="font-medium">Fix: </span>
              <span className="break-words">{f.fix}</span>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

const rank = (f: Finding) => ({ error: 0, warning: 1, info: 2 })[f.severity];
