import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { PageHeader } from "@/components/ui/page-header";

/** The areas of the dashboard whose features have not landed yet, and what each will hold. */
const AREAS = {
  readiness: [
    "Readiness",
    "Every prerequisite of the production-access guide, as a check with its evidence.",
    "The checklist groups the guide's steps: authentication, bounce handling, monitoring and the request.",
  ],
  domains: [
    "Domains",
    "SPF, DKIM, DMARC and custom MAIL FROM for each SES identity.",
    "The DNS checker queries each identity's records and compares them with what SES expects.",
  ],
  reputation: [
    "Reputation",
    "Bounce and complaint rates against the levels at which AWS reviews or pauses an account.",
    "Charts come from CloudWatch's AWS/SES metrics and the stored snapshots.",
  ],
  "production-access": [
    "Production access",
    "The guided request for leaving the sandbox, and the review's progress.",
    "The wizard assembles the use case, the website and the handling processes AWS asks about.",
  ],
  bounces: [
    "Bounces and complaints",
    "SNS notifications, the verified webhook and the suppression list.",
    "Notifications appear here once bounce and complaint handling is set up.",
  ],
  settings: [
    "Settings",
    "The AWS accounts and regions the dashboard watches, and how it reaches them.",
    "Credentials come from the server's environment or a role; this page will test the connection.",
  ],
} as const;

export function placeholderPage(area: keyof typeof AREAS) {
  const [title, description, what] = AREAS[area];
  const metadata: Metadata = { title };
  function Page() {
    return (
      <>
        <PageHeader title={title} description={description} />
        <NotBuiltYet what={what} comesWith="Nothing has been checked yet, so no verdict is shown." />
      </>
    );
  }
  return { metadata, Page };
}
