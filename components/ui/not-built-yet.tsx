import { Card } from "./card";

/** What a page shows before its feature exists: a plain statement, never invented numbers. */
export function NotBuiltYet({ what, comesWith }: { what: string; comesWith: string }) {
  return (
    <Card>
      <p className="font-medium">Nothing to show here yet.</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {what} {comesWith}
      </p>
    </Card>
  );
}
