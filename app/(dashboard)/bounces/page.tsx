import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Bounces and complaints" };

export default function Page() {
  return (
    <>
      <PageHeader title="Bounces and complaints" description="SNS notifications, the verified webhook and the suppression list." />
      <NotBuiltYet what="Notifications appear here once bounce and complaint handling is set up." comesWith="Nothing has been checked yet, so no verdict is shown." />
    </>
  );
}
