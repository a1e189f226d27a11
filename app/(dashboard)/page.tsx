import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Sandbox or production, quotas, enforcement status and the next steps, for the selected region." />
      <NotBuiltYet what="The account overview reads SES's GetAccount and the stored snapshots." comesWith="No figures have been read from AWS yet, so none are shown." />
    </>
  );
}
