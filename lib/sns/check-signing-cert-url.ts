export type CertUrlCheck = { ok: true; region: string } | { ok: false; detail: string };

/*
 * Only SNS's own certificate endpoint is trusted: https, host sns.<region>.amazonaws.com(.cn), a .pem path and
 * nothing else. "Not just something from the amazonaws domain, which could include S3 buckets"
 * (aws/aws-php-sns-message-validator). The path rule follows the URLs SNS uses.
 */
const HOST = /^sns\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(\.cn)?$/;
const PATH = /^\/SimpleNotificationService-[A-Za-z0-9]{32}\.pem$/;

export function checkSigningCertUrl(raw: string): CertUrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, detail: "SigningCertURL is not a URL" };
  }
  if (url.protocol !== "https:") return { ok: false, detail: `SigningCertURL scheme ${url.protocol} is not https` };
  if (url.username || url.password) return { ok: false, detail: "SigningCertURL carries credentials" };
  if (url.port !== "") return { ok: false, detail: "SigningCertURL names a port" };
  if (url.search || url.hash || raw.includes("?") || raw.includes("#"))
    return { ok: false, detail: "SigningCertURL has a query or fragment" };
  const host = HOST.exec(url.hostname);
  if (!host) return { ok: false, detail: `SigningCertURL host ${url.hostname} is not an SNS host` };
  if (!PATH.test(url.pathname)) return { ok: false, detail: `SigningCertURL path ${url.pathname} is not an SNS certificate` };
  return { ok: true, region: host[1]! };
}
