import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Readiness" };

export default function Page() {
  return (
    <>
      <PageHeader title="Readiness" description="Every prerequisite of the production-access guide, as a check with its evidence." />
      <NotBuiltYet what="The checklist groups the guide's steps: authentication, bounce handling, monitoring and the request." comesWith="Nothing has been checked yet, so no verdict is shown." />
    </>
  );
}
