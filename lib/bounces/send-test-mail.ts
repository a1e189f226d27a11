import "server-only";
import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "../aws/clients";
import { db } from "../db/client";
import { isOutOfSandbox } from "./account-mode";
import { explainSendingError, type SendingErrorExplanation } from "./explain-sending-error";

export type TestMailResult =
  { ok: true; messageId: string; testSendId: string } | { ok: false; explanation: SendingErrorExplanation; testSendId: string };

/** Sends one test message through SES and records it (TestSend); an error comes back in plain words, not thrown. */
export async function sendTestMail(input: { region: string; from: string; to: string; actor?: string }): Promise<TestMailResult> {
  const { region, from, to } = input;
  try {
    const out = await sesv2(region).send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [to] },
        Content: {
          Simple: {
            Subject: { Data: "SES Launchpad test message" },
            Body: {
              Text: {
                Data: `A test message sent from the SES Launchpad dashboard to check that bounce and complaint notifications reach it (${new Date().toISOString()}).`,
              },
            },
          },
        },
      }),
    );
    const row = await db().testSend.create({
      data: { region, fromAddress: from, toAddress: to, sesMessageId: out.MessageId ?? null, status: "sent", createdBy: input.actor },
    });
    return { ok: true, messageId: out.MessageId ?? "", testSendId: row.id };
  } catch (e) {
    const explanation = explainSendingError(e, { from, region, sandbox: !(await isOutOfSandbox(region)) });
    const row = await db().testSend.create({
      data: { region, fromAddress: from, toAddress: to, status: "failed", error: JSON.stringify(explanation), createdBy: input.actor },
    });
    return { ok: false, explanation, testSendId: row.id };
  }
}
