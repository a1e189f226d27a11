import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Reputation" };

export default function Page() {
  return (
    <>
      <PageHeader title="Reputation" description="Bounce and complaint rates against the levels at which AWS reviews or pauses an account." />
      <NotBuiltYet what="Charts come from CloudWatch's AWS/SES metrics and the stored snapshots." comesWith="Nothing has been checked yet, so no verdict is shown." />
    </>
  );
}
