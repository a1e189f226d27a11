import type { RecordRow } from "@/lib/domains/record-rows";
import { CopyButton } from "./copy-button";
import { PartBadge } from "./part-badge";

/** One row per record: name (full, and relative to the zone for DKIM), type, expected and found values, status. */
export function RecordsTable({ rows }: { rows: RecordRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-3">Name</th>
            <th className="py-2 pr-3">Type</th>
            <th className="py-2 pr-3">Expected value</th>
            <th className="py-2 pr-3">Found</th>
            <th className="py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top dark:divide-slate-800">
          {rows.map((r) => (
            <tr key={`${r.name} ${r.type}`} data-record={`${r.type} ${r.name}`}>
              <td className="py-2 pr-3">
                <span className="text-xs text-slate-500">{r.purpose}</span>
                <div className="flex items-start">
                  <code className="break-all">{r.name}</code>
                  <CopyButton value={r.name} label={`name ${r.name}`} />
                </div>
                {r.relativeName && r.relativeName !== r.name && (
                  <div className="mt-1 flex items-start text-xs text-slate-600 dark:text-slate-400">
                    <span className="mr-1 shrink-0">relative:</span>
                    <code className="break-all">{r.relativeName}</code>
                    <CopyButton value={r.relativeName} label={`relative name ${r.relativeName}`} />
                  </div>
                )}
              </td>
              <td className="py-2 pr-3">{r.type}</td>
              <td className="py-2 pr-3">
                <div className="flex items-start">
                  <code className="break-all">{r.expected}</code>
                  <CopyButton value={r.expected} label={`value for ${r.name}`} />
                </div>
              </td>
              <td className="py-2 pr-3">
                {r.found ? <code className="break-all">{r.found}</code> : <span className="text-slate-500">nothing</span>}
              </td>
              <td className="py-2">
                <PartBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
