import { followUpAnswers, followUpText } from "@/lib/access-request/describe-answers";
import type { ObservedFacts } from "@/lib/access-request/observed-facts";
import type { AccessAnswers } from "@/lib/validation/access-request";
import { CopyButton } from "./copy-button";

export function FollowUpBlock({ answers, observed }: { answers: AccessAnswers; observed: ObservedFacts }) {
  const text = followUpText(followUpAnswers(answers, observed));
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">The answers AWS asks for on the case, from the submitted request:</p>
        <CopyButton text={text} label="Copy the answers" />
      </div>
      <pre
        data-testid="follow-up-submitted"
        className="max-h-72 overflow-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-800"
      >
        {text}
      </pre>
    </div>
  );
}
