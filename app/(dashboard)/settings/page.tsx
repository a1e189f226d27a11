import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Settings" };

export default function Page() {
  return (
    <>
      <PageHeader title="Settings" description="The AWS accounts and regions the dashboard watches, and how it reaches them." />
      <NotBuiltYet what="Credentials come from the server's environment or a role; this page will test the connection." comesWith="Nothing has been checked yet, so no verdict is shown." />
    </>
  );
}
