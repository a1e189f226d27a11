// Reads a request's body before the request takes a render slot (see scripts/serve-requests.mjs).
import { IncomingMessage } from "node:http";

/** A declared length above zero, or a transfer encoding (chunked): the request has a body to read. */
const hasBody = (req) => req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;

/**
 * Reads the whole body of `req`, so that a client sending it slowly holds a socket and a bounded buffer, never a
 * render slot. Resolves with a request that gives the handler the same body (or `req` itself when it has none), or
 * with null when it answered itself: 413 as soon as the body passes `limit` bytes (declared or counted while it
 * streams, chunked too), 408 when it is not complete within `deadlineMs`, 503 when the server already holds
 * `budget.bytes` of bodies. Those answers close the connection: the rest of the body is never read.
 */
export function readBody(req, res, { limit, deadlineMs, budget }) {
  if (!hasBody(req)) return Promise.resolve(req);
  if (Number(req.headers["content-length"] ?? 0) > limit)
    return Promise.resolve(refuse(req, res, 413, `Request body larger than ${limit} bytes.`));
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    const done = (result) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onGone).off("close", onGone);
      budget.bytes += size;
      resolve(result);
    };
    const onData = (chunk) => {
      size += chunk.length;
      budget.bytes -= chunk.length;
      chunks.push(chunk);
      if (size > limit) done(refuse(req, res, 413, `Request body larger than ${limit} bytes.`));
      else if (budget.bytes < 0) done(refuse(req, res, 503, "The server is busy reading other requests; try again shortly."));
    };
    const onEnd = () => done(replay(req, chunks));
    const onGone = () => done(null); // the client left before the end of its body
    const timer = setTimeout(() => done(refuse(req, res, 408, `Request body not received within ${deadlineMs / 1000} s.`)), deadlineMs);
    req.on("data", onData).on("end", onEnd).on("error", onGone).on("close", onGone);
  });
}

/** Answers `status` and closes the connection once the answer is out; what is left of the body is not read. */
function refuse(req, res, status, message) {
  req.pause();
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    connection: "close",
    ...(status === 503 ? { "retry-after": "5" } : {}),
  });
  res.end(message, () => req.socket.destroy());
  return null;
}

/**
 * A request like `req` whose stream gives the buffered body: Next.js reads bodies from the request's stream, and
 * `req`'s own has been read. The copy shares the socket, so addresses and TLS look the same.
 */
function replay(req, chunks) {
  const copy = new IncomingMessage(req.socket);
  for (const key of [
    "httpVersionMajor",
    "httpVersionMinor",
    "httpVersion",
    "method",
    "url",
    "rawHeaders",
    "headers",
    "rawTrailers",
    "trailers",
  ])
    copy[key] = req[key];
  copy.complete = true;
  // Destroying the copy before its end must not destroy the shared socket, as an IncomingMessage otherwise does.
  copy._destroy = (err, callback) => callback(err);
  for (const chunk of chunks) copy.push(chunk);
  copy.push(null);
  return copy;
}
