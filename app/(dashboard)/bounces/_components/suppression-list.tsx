import { buttonStyles } from "@/components/ui/button-styles";
import { RemoveSuppression } from "./remove-suppression";

type Row = {
  id: string;
  address: string;
  reason: string;
  detail: string | null;
  createdAt: Date;
  investigateBy: Date | null;
  investigatedAt: Date | null;
  pushedToSesAt: Date | null;
  pushError: string | null;
};

export function SuppressionList({ rows, total, q, canRemove }: { rows: Row[]; total: number; q?: string; canRemove: boolean }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <form method="get" role="search" className="flex items-end gap-2">
          <label className="space-y-1">
            <span className="block text-xs">Search the list</span>
            <input
              name="sq"
              defaultValue={q}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
              placeholder="address"
            />
          </label>
          <button type="submit" className={buttonStyles.secondary}>
            Search
          </button>
        </form>
        <a href={`/bounces/suppressions.csv${q ? `?q=${encodeURIComponent(q)}` : ""}`} className={buttonStyles.secondary} download>
          Export CSV
        </a>
        <span className="text-slate-600 dark:text-slate-400">{total} suppressed</span>
      </div>
      {rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="suppressions">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-1 pr-3">Address</th>
                <th className="py-1 pr-3">Reason</th>
                <th className="py-1 pr-3">Since</th>
                <th className="py-1 pr-3">SES list</th>
                {canRemove && <th className="py-1 pr-3" />}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-address={r.address} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1 pr-3 break-all">{r.address}</td>
                  <td className="py-1 pr-3">
                    <span className="font-medium">{r.reason}</span>
                    {r.investigateBy && !r.investigatedAt && (
                      <span className="ml-1 text-red-700 dark:text-red-400">
                        · investigate by {r.investigateBy.toISOString().slice(0, 16).replace("T", " ")}
                      </span>
                    )}
                    {r.detail && <p className="text-xs text-slate-600 dark:text-slate-400">{r.detail}</p>}
                  </td>
                  <td className="py-1 pr-3 whitespace-nowrap">{r.createdAt.toISOString().slice(0, 10)}</td>
                  <td className="py-1 pr-3 text-xs">
                    {r.pushedToSesAt ? (
                      "copied"
                    ) : r.pushError ? (
                      <span className="text-red-700 dark:text-red-400">{r.pushError}</span>
                    ) : (
                      "not copied"
                    )}
                  </td>
                  {canRemove && (
                    <td className="py-1 pr-3">
                      <RemoveSuppression address={r.address} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
