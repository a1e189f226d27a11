import "server-only";
import { PutSuppressedDestinationCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "../aws/clients";
import { describeAwsError } from "../aws/describe-aws-error";
import { db } from "../db/client";

/** Copies one suppression to SES's account-level list and records the outcome on the row; never throws. */
export async function pushSuppression(
  region: string,
  suppressionId: string,
  address: string,
  reason: "BOUNCE" | "COMPLAINT",
): Promise<boolean> {
  try {
    await sesv2(region).send(new PutSuppressedDestinationCommand({ EmailAddress: address, Reason: reason }));
    await db().suppression.update({ where: { id: suppressionId }, data: { pushedToSesAt: new Date(), pushError: null } });
    return true;
  } catch (e) {
    await db()
      .suppression.update({ where: { id: suppressionId }, data: { pushError: describeAwsError(e, "sesv2:PutSuppressedDestination") } })
      .catch(() => undefined);
    return false;
  }
}
