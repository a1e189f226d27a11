import type { PropagationView } from "@/lib/domains/propagation-view";

const VERDICT: Record<string, string> = {
  visible: "Visible",
  "published-not-visible": "Published, not yet visible to your resolver",
  "servers-disagree": "Name servers disagree",
  missing: "Not published",
  unknown: "Could not check",
};

/** Each authoritative name server's answer beside the configured resolver's. */
export function PropagationTable({ view }: { view: PropagationView }) {
  return (
    <div className="space-y-2 text-sm">
      {view.nameServers.length === 0 ? (
        <p>
          No NS records were found for this domain or its parents, so the authoritative servers cannot be asked directly; only the
          resolver's answers are shown.
        </p>
      ) : (
        <p>
          Zone {view.zone ?? "?"}, name servers:{" "}
          {view.nameServers.map((s) => `${s.host}${s.address ? ` (${s.address})` : ` (${s.error})`}`).join(", ")}
        </p>
      )}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {view.rows.map((r) => (
          <li key={`${r.name} ${r.type}`} className="py-2" data-propagation={r.verdict}>
            <p>
              <code className="break-all">{r.name}</code> {r.type}: <span className="font-medium">{VERDICT[r.verdict]}</span>
              {r.negativeCacheLeft !== undefined && <span> ({r.negativeCacheLeft} s of negative caching left)</span>}
            </p>
            <p className="text-slate-600 dark:text-slate-400">{r.explanation}</p>
            <p className="text-xs text-slate-500">
              Resolver {r.resolver.server}: {r.resolver.values.join(", ") || r.resolver.status}
              {r.authoritative.map((a) => ` · ${a.server}: ${a.values.join(", ") || a.status}`).join("")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
