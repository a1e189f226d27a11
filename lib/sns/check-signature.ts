import { verify, type KeyObject } from "node:crypto";
import { buildStringToSign } from "./build-string-to-sign";
import type { SnsMessage } from "./parse-sns-body";

/** SignatureVersion 1 is SHA1withRSA (the topic default), 2 is SHA256withRSA. */
export function checkSignature(message: SnsMessage, publicKey: KeyObject): boolean {
  const algorithm = message.SignatureVersion === "2" ? "sha256" : "sha1";
  try {
    return verify(algorithm, Buffer.from(buildStringToSign(message), "utf8"), publicKey, Buffer.from(message.Signature, "base64"));
  } catch {
    // A key that is not RSA, or a signature of the wrong length, is simply not a valid signature.
    return false;
  }
}
