import { BeforeYouStart } from "@/components/access-request/before-you-start";
import { FollowUpBlock } from "@/components/access-request/follow-up-block";
import { DeniedGuide, GrantedPanel } from "@/components/access-request/outcome-panels";
import { PreflightList } from "@/components/access-request/preflight-list";
import { caseUrl, ReviewTimeline } from "@/components/access-request/review-timeline";
import { Wizard } from "@/components/access-request/wizard";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { prefillHandling } from "@/lib/access-request/handling-claims";
import { observedFacts } from "@/lib/access-request/observed-facts";
import { runPreflight } from "@/lib/access-request/preflight/run-preflight";
import { getDraft, lastSubmitted, syncReviewStatus } from "@/lib/access-request/request-store";
import { TEMPLATE } from "@/lib/access-request/template";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getFromAddress } from "@/lib/settings/from-address";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getAccountView } from "@/lib/snapshots/account-view";
import { RefreshButton } from "../_components/refresh-button";
import { StaleWarning } from "../_components/stale-warning";
import { ResumeButton } from "./_components/resume-button";
import { preflightAction, saveDraftAction, submitAccessRequestAction } from "./actions";

export const metadata = { title: "Production access" };

const REFUSAL: Record<string, string> = {
  PENDING: "AWS is reviewing this region's request: SES refuses another one until the review ends. Reply on the support case instead.",
  DENIED:
    "After a denial SES refuses a new request through the API. Use these answers in your reply on the support case and ask for a second review.",
};

export default async function ProductionAccessPage() {
  const [user, region] = await Promise.all([requireUser(), selectedRegion()]);
  const [view, from] = await Promise.all([getAccountView(region), getFromAddress()]);
  const review = view.lastGood?.review;
  await syncReviewStatus(region, review);
  const [draft, last] = await Promise.all([getDraft(region), lastSubmitted(region)]);
  const observed = observedFacts(region, view, from);
  const status = review?.status;
  const production = view.lastGood?.production === true;
  const canEdit = hasRole(user.role, "operator");
  const refusal = production ? `Production access is already granted in ${region}.` : status ? REFUSAL[status] : undefined;
  const showWizard = !production && (draft || !status) && status !== "PENDING";
  const resumable = !production && !draft && last && (status === "FAILED" || status === "DENIED");

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader
          title="Production access"
          description={`The request that takes ${region} out of the SES sandbox, prepared by the team and checked before it goes.`}
        />
        {canEdit && <RefreshButton />}
      </div>
      <StaleWarning view={view} />
      <div className="space-y-4">
        {status && (
          <Card title="Review">
            <ReviewTimeline request={last} status={status} caseId={review?.caseId} />
          </Card>
        )}
        {production && (
          <Card title="Production access granted">
            <GrantedPanel observed={observed} />
          </Card>
        )}
        {status === "DENIED" && !production && (
          <Card title="Denied: what now">
            <DeniedGuide caseLink={review?.caseId ? caseUrl(review.caseId) : undefined} />
            {last && (
              <div className="mt-4 space-y-2">
                <h3 className="font-semibold">What the pre-flight review still flags in the last request</h3>
                <PreflightList findings={runPreflight(last.answers, observed).findings.filter((f) => f.id !== "A2")} />
              </div>
            )}
          </Card>
        )}
        {status === "PENDING" && last && (
          <Card title="Prepared answers for the follow-up">
            <FollowUpBlock answers={last.answers} observed={observed} />
          </Card>
        )}
        {resumable && canEdit && (
          <Card>
            <ResumeButton
              label={
                status === "FAILED"
                  ? "Submit again, starting from the last request"
                  : "Update the answers for the reply, starting from the last request"
              }
            />
          </Card>
        )}
        {showWizard && (
          <Card title={status === "DENIED" ? "Answers for the reply" : `Request for ${region}`}>
            <Wizard
              key={draft?.id ?? "template"}
              initial={draft?.answers ?? { ...TEMPLATE, ...prefillHandling(observed) }}
              savedAt={draft?.updatedAt.toISOString()}
              editedBy={draft?.editedBy}
              observed={observed}
              canEdit={canEdit}
              canSubmit={hasRole(user.role, "admin")}
              submitRefusal={refusal}
              before={<BeforeYouStart observed={observed} />}
              saveDraft={saveDraftAction}
              submitRequest={submitAccessRequestAction}
              preflight={preflightAction}
            />
          </Card>
        )}
      </div>
    </>
  );
}
