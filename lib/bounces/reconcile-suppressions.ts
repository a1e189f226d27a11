import "server-only";
import {
  DeleteSuppressedDestinationCommand,
  ListSuppressedDestinationsCommand,
  type ListSuppressedDestinationsCommandOutput,
} from "@aws-sdk/client-sesv2";
import { sesv2 } from "../aws/clients";
import { db } from "../db/client";
import { diffSuppressionLists, type SuppressionDiff } from "./pipeline-health";

/** Compares the dashboard's list with SES's account-level list (ListSuppressedDestinations, all pages). */
export async function reconcileSuppressions(region: string): Promise<SuppressionDiff> {
  const ses: string[] = [];
  let token: string | undefined;
  do {
    const page: ListSuppressedDestinationsCommandOutput = await sesv2(region).send(
      new ListSuppressedDestinationsCommand({ NextToken: token, PageSize: 1000 }),
    );
    ses.push(...(page.SuppressedDestinationSummaries ?? []).map((s) => s.EmailAddress ?? "").filter(Boolean));
    token = page.NextToken;
  } while (token);
  const local = await db().suppression.findMany({ select: { address: true } });
  return diffSuppressionLists(
    local.map((l) => l.address),
    ses,
  );
}

/** Removes an address from the dashboard's list and, when it was copied there, from SES's. Returns false when it was not listed. */
export async function removeSuppression(region: string, address: string): Promise<{ removed: boolean; fromSes: boolean }> {
  const row = await db().suppression.findUnique({ where: { address } });
  if (!row) return { removed: false, fromSes: false };
  let fromSes = false;
  if (row.pushedToSesAt) {
    await sesv2(region)
      .send(new DeleteSuppressedDestinationCommand({ EmailAddress: address }))
      .then(() => (fromSes = true))
      .catch((e: { name?: string }) => {
        if (e.name !== "NotFoundException") throw e;
      });
  }
  await db().suppression.delete({ where: { id: row.id } });
  return { removed: true, fromSes };
}
