import type { Runbook } from "@/lib/reputation/runbook";

export function RunbookSteps({ runbook }: { runbook: Runbook }) {
  return (
    <div className="scroll-mt-4 space-y-1" id={`runbook-${runbook.id}`}>
      <h3 className="font-medium">{runbook.title}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{runbook.when}</p>
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        {runbook.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </div>
  );
}
