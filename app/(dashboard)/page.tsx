import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAccountState, type AccountState } from "@/lib/aws/account-state";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { env } from "@/lib/env";
import { AccountSummary } from "./_components/account-summary";

export default async function OverviewPage() {
  const region = env().AWS_SES_REGION;
  const result = await getAccountState(region).then(
    (state): { state: AccountState } => ({ state }),
    (e: unknown) => ({ error: describeAwsError(e, "ses:GetAccount") }),
  );
  return (
    <>
      <PageHeader title="Overview" description={`Sandbox or production, quotas and enforcement status, in ${region}.`} />
      {"state" in result ? (
        <AccountSummary state={result.state} />
      ) : (
        <Card>
          <p className="font-medium">The account could not be read from AWS.</p>
          <p data-testid="aws-error" className="mt-1 text-sm text-slate-600 dark:text-slate-400">{result.error}</p>
        </Card>
      )}
    </>
  );
}
