import { X509Certificate, type KeyObject } from "node:crypto";

export type LoadedCertificate =
  | { ok: true; publicKey: KeyObject; notAfter: number }
  | { ok: false; reason: "certificate-url-refused" | "certificate-unavailable"; detail: string };

/** Checks a certificate is X.509, RSA and valid at `now`; its key is what SNS signatures are checked against. */
export function readCertificate(pemOrCert: string | X509Certificate, now: number): LoadedCertificate {
  let cert: X509Certificate;
  try {
    cert = typeof pemOrCert === "string" ? new X509Certificate(pemOrCert) : pemOrCert;
  } catch {
    return { ok: false, reason: "certificate-unavailable", detail: "the certificate does not parse as X.509" };
  }
  const notAfter = Date.parse(cert.validTo);
  if (now < Date.parse(cert.validFrom) || now > notAfter) {
    return {
      ok: false,
      reason: "certificate-unavailable",
      detail: `the certificate is not valid now (${cert.validFrom} to ${cert.validTo})`,
    };
  }
  if (cert.publicKey.asymmetricKeyType !== "rsa")
    return { ok: false, reason: "certificate-unavailable", detail: "the certificate key is not RSA" };
  return { ok: true, publicKey: cert.publicKey, notAfter };
}
