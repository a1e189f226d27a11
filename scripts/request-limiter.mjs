/**
 * At most `max` requests in the handler at once; up to `maxQueued` others wait in arrival order, and any beyond
 * are answered 503 with Retry-After at once. A page render holds its data and output until it is sent, so under a
 * burst, rendering everything at once multiplies the memory held without finishing sooner (the CPU is shared
 * anyway); an unbounded queue would instead hold every socket and request of a flood. A slot is freed when the
 * response closes (sent or aborted).
 */
export function limitConcurrentRequests(max, handle, { maxQueued = Infinity, retryAfterSeconds = 5 } = {}) {
  let active = 0;
  let waiting = [];
  const next = () => {
    while (active < max && waiting.length) {
      const [req, res] = waiting.shift();
      if (res.destroyed) continue; // the client gave up while it waited
      active++;
      res.once("close", () => {
        active--;
        next();
      });
      Promise.resolve(handle(req, res)).catch((e) => {
        console.error(e);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    }
  };
  return (req, res) => {
    if (waiting.length >= maxQueued) waiting = waiting.filter(([, r]) => !r.destroyed);
    if (active >= max && waiting.length >= maxQueued) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": String(retryAfterSeconds) });
      res.end("The dashboard is busy; try again shortly.");
      return;
    }
    waiting.push([req, res]);
    next();
  };
}
