/** The bare address from `Name <a@b>` or `a@b`; SES sometimes reports recipients and sources with a display name. */
export function extractAddress(value: string): string {
  const angle = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  return (angle ? angle[1]! : value).trim();
}

/*
 * One spelling per mailbox for suppression and dedupe. Local parts are case-sensitive in theory (RFC 5321 §2.4),
 * but no mainstream mailbox provider treats them so, and SES's own suppression list ignores case.
 */
export function normalizeAddress(value: string): string {
  return extractAddress(value).toLowerCase();
}

export function domainOf(value: string): string {
  const address = extractAddress(value);
  const at = address.lastIndexOf("@");
  return at < 0
    ? ""
    : address
        .slice(at + 1)
        .toLowerCase()
        .replace(/\.$/, "");
}

// A practical mailbox address (RFC 5321 §4.1.2 without quoted local parts or address literals, which SES does not send to).
const ADDRESS = /^[^\s@<>()[\]\\,;:"]{1,64}@(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;

/** Whether a (normalized) recipient is an e-mail address: anything else must not become a suppression. */
export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value);
}
