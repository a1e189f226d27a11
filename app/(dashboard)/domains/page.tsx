import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Domains" };

export default function Page() {
  return (
    <>
      <PageHeader title="Domains" description="SPF, DKIM, DMARC and custom MAIL FROM for each SES identity." />
      <NotBuiltYet what="The DNS checker queries each identity's records and compares them with what SES expects." comesWith="Nothing has been checked yet, so no verdict is shown." />
    </>
  );
}
