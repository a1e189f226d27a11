import { z } from "zod";

export const ROLE_ARN_PATTERN = /^arn:aws(-cn|-us-gov|-iso[a-z]?)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
// IAM's own character set for ExternalId (2 to 1224 characters).
export const EXTERNAL_ID_PATTERN = /^[\w+=,.@:/-]{2,1224}$/;
export const PROFILE_PATTERN = /^[\w.+@-]{1,64}$/;

export const NO_ACCESS_KEYS =
  "Access keys are not accepted here: give the server credentials through its environment, a profile, or a role it may assume.";

// A field named like a secret, or a value shaped like an access key id, is refused outright, so a key pasted
// into the wrong box never reaches storage or the audit log.
const SECRET_FIELD = /secret|access.?key|session.?token|password/i;
const ACCESS_KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/;

const text = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

export const awsAccountSchema = z
  .object({
    name: z.string().trim().min(1, "Give the account a name.").max(60, "Use at most 60 characters."),
    kind: z.enum(["profile", "role"], { message: "Choose how the server reaches the account." }),
    profile: text,
    roleArn: text,
    externalId: text,
  })
  .catchall(z.unknown())
  .superRefine((v, ctx) => {
    for (const [key, value] of Object.entries(v)) {
      if (SECRET_FIELD.test(key) || (typeof value === "string" && ACCESS_KEY_ID.test(value)))
        ctx.addIssue({ code: "custom", path: [key], message: NO_ACCESS_KEYS });
    }
    if (v.kind === "profile" && !PROFILE_PATTERN.test(v.profile ?? "")) {
      ctx.addIssue({ code: "custom", path: ["profile"], message: "Enter the name of a profile in the server's ~/.aws/config." });
    }
    if (v.kind === "role" && !ROLE_ARN_PATTERN.test(v.roleArn ?? "")) {
      ctx.addIssue({ code: "custom", path: ["roleArn"], message: "Enter a role ARN such as arn:aws:iam::210987654321:role/SesLaunchpad." });
    }
    if (v.kind === "role" && v.externalId !== undefined && !EXTERNAL_ID_PATTERN.test(v.externalId)) {
      ctx.addIssue({
        code: "custom",
        path: ["externalId"],
        message: "An external id has 2 to 1224 letters, digits or +=,.@:/-_ characters.",
      });
    }
  })
  .transform((v) =>
    v.kind === "profile"
      ? { name: v.name, kind: "profile" as const, profile: v.profile! }
      : { name: v.name, kind: "role" as const, roleArn: v.roleArn!, externalId: v.externalId },
  );

export type AwsAccountInput = z.output<typeof awsAccountSchema>;

export const accountRemovalSchema = z.object({ id: z.string().trim().min(1).max(40) });
