import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Production access" };

export default function Page() {
  return (
    <>
      <PageHeader title="Production access" description="The guided request for leaving the sandbox, and the review's progress." />
      <NotBuiltYet what="The wizard assembles the use case, the website and the handling processes AWS asks about." comesWith="Nothing has been checked yet, so no verdict is shown." />
    </>
  );
}
