import "server-only";
import { PutAccountSuppressionAttributesCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "./clients";

/** Turns on the account-level suppression list for bounces and complaints (SES v2 PutAccountSuppressionAttributes). */
export async function enableAccountSuppression(region: string): Promise<void> {
  await sesv2(region).send(new PutAccountSuppressionAttributesCommand({ SuppressedReasons: ["BOUNCE", "COMPLAINT"] }));
}
