import Link from "next/link";
import { StatusBadge } from "@/components/readiness/status-badge";
import { READINESS_ACTIONS } from "@/lib/readiness/run-action";
import type { Check } from "@/lib/readiness/types";
import { ActionButton } from "@/components/ui/action-button";
import { runReadinessAction } from "../actions";
import { ConfirmationPanel } from "./confirmation-panel";

const when = (iso: string) => iso.replace("T", " ").slice(0, 19) + " UTC";

export function CheckItem({ check, canAct }: { check: Check; canAct: boolean }) {
  const action = check.fix?.action ? READINESS_ACTIONS[check.fix.action] : undefined;
  const open = check.status === "todo" || check.status === "warning";
  return (
    <li
      id={check.id}
      data-testid={`check-${check.id}`}
      className="scroll-mt-4 border-t border-slate-200 py-3 first:border-t-0 dark:border-slate-800"
    >
      <details open={open}>
        <summary className="flex cursor-pointer list-none items-start gap-3">
          <StatusBadge status={check.status} />
          <span>
            <span className="font-medium">{check.title}</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">{check.summary}</span>
          </span>
        </summary>
        <div className="mt-3 ml-2 space-y-3 border-l-2 border-slate-200 pl-4 text-sm dark:border-slate-700">
          <p>
            <strong>Why it matters.</strong> {check.why}
          </p>
          {check.evidence.length > 0 && (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-xs">
                <caption className="mb-1 text-left font-semibold">Evidence</caption>
                <thead className="text-slate-500">
                  <tr>
                    <th className="pr-3">Queried</th>
                    <th className="pr-3">Found</th>
                    <th className="pr-3">Expected</th>
                    <th>When</th>
                  </tr>
                </thead>
                <tbody>
                  {check.evidence.map((e, i) => (
                    <tr key={i} className="align-top">
                      <td className="pr-3 font-mono">{e.query}</td>
                      <td className="pr-3">{e.observed}</td>
                      <td className="pr-3 text-slate-600 dark:text-slate-400">{e.expected}</td>
                      <td className="whitespace-nowrap">{when(e.at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {check.confirm && <ConfirmationPanel check={{ ...check, confirm: check.confirm }} canAct={canAct} />}
          {check.fix && check.status !== "done" && (
            <div className="space-y-2">
              <p className="font-semibold">How to fix it</p>
              {action && canAct && (
                <ActionButton
                  action={runReadinessAction}
                  fields={{ action: check.fix.action! }}
                  label={action.label}
                  pendingLabel="Working…"
                />
              )}
              {action && !canAct && <p className="text-xs text-slate-500">An admin can fix this in one click.</p>}
              <ol className="list-decimal space-y-1 pl-5">
                {check.fix.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              {check.fix.cli && <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{check.fix.cli}</pre>}
              {check.fix.link && (
                <Link href={check.fix.link.href} className="text-sky-700 underline dark:text-sky-400">
                  {check.fix.link.label}
                </Link>
              )}
            </div>
          )}
        </div>
      </details>
    </li>
  );
}
