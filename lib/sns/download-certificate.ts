import "server-only";

export type DownloadOptions = { timeoutMs: number; maxBytes: number };
export type Download = (url: string, options: DownloadOptions) => Promise<string>;

/**
 * One GET, redirects refused (a redirect could lead anywhere, defeating the host check), bounded in time and size.
 * The caller has already checked the URL.
 */
export const downloadCertificate: Download = async (url, { timeoutMs, maxBytes }) => {
  const res = await fetch(url, {
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: "application/x-pem-file" },
  });
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    throw new Error(`certificate download answered a redirect (HTTP ${res.status}), which is not followed`);
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw new Error(`certificate download answered HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new Error(`certificate larger than ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new Error(`certificate larger than ${maxBytes} bytes`);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString("utf8");
};
