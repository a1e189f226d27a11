import { z } from "zod";
import { isFreeMailDomain } from "../readiness/rules/identity";

/**
 * Commercial, GovCloud and ISO partitions all name regions `<area>[-gov|-iso…]-<direction>-<n>`.
 * A well-formed name AWS does not have yet is accepted: regions launch faster than this list is edited.
 */
export const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** Regions where SES offers its API (SES endpoints page, 2025): suggestions for the form, not a whitelist. */
export const SES_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "sa-east-1",
  "mx-central-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-5",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "af-south-1",
  "il-central-1",
  "me-south-1",
  "me-central-1",
  "us-gov-west-1",
  "us-gov-east-1",
] as const;

export const MAX_WATCHED_REGIONS = 20;

export const regionNameField = z.string().trim().toLowerCase().regex(AWS_REGION_PATTERN, "Enter an AWS region name such as eu-west-1.");

/** The whole list the dashboard watches, in order, without repeats. */
export const watchedRegionsSchema = z
  .array(regionNameField)
  .min(1, "Watch at least one region.")
  .max(MAX_WATCHED_REGIONS, `Watch at most ${MAX_WATCHED_REGIONS} regions.`)
  .transform((list) => [...new Set(list)]);

/** One change from the page: add a region, or remove one the dashboard stored. */
export const regionChangeSchema = z.object({
  op: z.enum(["add", "remove"], { message: "Unknown change." }),
  region: regionNameField,
});

export type RegionChange = z.infer<typeof regionChangeSchema>;

/** An empty value clears the saved address, so the server's AWS_SES_FROM_EMAIL applies again. */
export const fromAddressSchema = z.object({
  fromEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid e-mail address, such as noreply@your-domain.com.")
    .transform((v) => v || undefined),
});

export type FromAddressInput = z.infer<typeof fromAddressSchema>;

/** Why a valid address is still a poor From address, for the page to show beside it. */
export function fromAddressWarning(address: string | undefined): string | undefined {
  const domain = address?.split("@")[1];
  if (!domain || !isFreeMailDomain(domain)) return undefined;
  return `${domain} is a free-mail domain: you cannot verify it with DKIM, receivers reject the mail under its DMARC policy, and AWS reviewers expect your own domain.`;
}
