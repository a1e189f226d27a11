import type { AccessAnswers } from "../validation/access-request";

/**
 * A new draft, after the seed guide's example (a transactional SaaS sending
 * verification codes, password resets, notifications and alerts). Every
 * [bracketed] part is for the team to replace; the pre-flight review refuses
 * a request that still holds one.
 */
export const TEMPLATE: AccessAnswers = {
  companyName: "[Company name]",
  productDescription:
    "[Company name] is [what the product does, e.g. an AI-powered resume screening SaaS platform] used by [who, e.g. recruiting teams].",
  mailType: "TRANSACTIONAL",
  mailKinds: ["verification", "password-reset", "notifications", "alerts"],
  volumeNotes: "[Today about 500 to 1,000 a day; the peak is when, e.g. a customer invites its whole team at once.]",
  optIn:
    "Users explicitly sign up on our website and confirm their address with a 6-digit verification code before we send anything else. Only registered users receive mail; we never buy, rent or scrape addresses.",
  optOut:
    "Verification codes and password resets are sent only when the user asks for them, so they carry no unsubscribe link. Every notification links to the notification settings and unsubscribes in one click.",
  bounceProcess:
    "Hard bounces: the address is removed from our list immediately. Soft bounces: retried 3 times, then removed. Bounce notifications reach our application through SNS, and the SES account-level suppression list is on. We monitor the bounce rate (target below 5%).",
  complaintProcess:
    "Complaint notifications reach our application through SNS. The complainant is removed from all future non-essential mail at once, and every complaint is investigated within 24 hours. We monitor the complaint rate (target below 0.1%).",
  unsubscribeProcess: "Unsubscribe requests are honoured immediately and never re-added without a new explicit opt-in.",
  monitoring:
    "CloudWatch alarms on the bounce rate (above 5%) and the complaint rate (above 0.1%) page the on-call engineer; we review the reputation dashboard weekly.",
  sampleMessage:
    "Subject: Your [Company name] verification code\n\nHi {{first_name}},\n\nYour verification code is 482913. It expires in 10 minutes. If you did not ask for it, ignore this message.\n\n[Company name] · [postal address] · Privacy policy: [link]",
  contacts: [],
  contactLanguage: "EN",
  includeDescription: false,
  acknowledged: false,
};
