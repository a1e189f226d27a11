import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { limitConcurrentRequests } from "../scripts/request-limiter.mjs";

type FakeResponse = EventEmitter & { destroyed: boolean; headersSent: boolean; writeHead(): void; end(): void };
const response = (): FakeResponse => Object.assign(new EventEmitter(), { destroyed: false, headersSent: false, writeHead() {}, end() {} });
const request = (name: string) => ({ url: name }) as unknown as IncomingMessage;

describe("limitConcurrentRequests", () => {
  it("runs at most max at once, the rest in arrival order as responses close, skipping clients that left", () => {
    const started: string[] = [];
    const limited = limitConcurrentRequests(2, (req: IncomingMessage) => void started.push(req.url!));
    const res = Array.from({ length: 5 }, response);
    res.forEach((r, i) => limited(request(`r${i}`), r as unknown as ServerResponse));
    expect(started).toEqual(["r0", "r1"]);
    res[2]!.destroyed = true; // gave up while waiting
    res[0]!.emit("close");
    expect(started).toEqual(["r0", "r1", "r3"]);
    res[1]!.emit("close");
    res[3]!.emit("close");
    expect(started).toEqual(["r0", "r1", "r3", "r4"]);
  });

  it("answers 500 and frees the slot when the handler fails", async () => {
    const res = response();
    let ended = false;
    res.end = () => void ((ended = true), res.emit("close"));
    const limited = limitConcurrentRequests(1, () => Promise.reject(new Error("boom")));
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (e: unknown) => void errors.push(e);
    limited(request("a"), res as unknown as ServerResponse);
    await new Promise((r) => setTimeout(r, 0));
    console.error = log;
    expect(ended).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
