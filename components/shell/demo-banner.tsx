import Link from "next/link";

export function DemoBanner() {
  return (
    <div role="note" data-testid="demo-banner" className="bg-amber-300 px-4 py-2 text-center text-sm font-medium text-amber-950">
      Demo mode: this is a simulated AWS account, nothing is sent to real AWS.{" "}
      <Link href="/settings" className="underline">
        Connect a real AWS account
      </Link>
    </div>
  );
}
