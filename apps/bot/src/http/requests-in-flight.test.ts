import restify from "restify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestsInFlight } from "./requests-in-flight.js";

describe("requests in flight (the outbox worker's 'busy')", () => {
  const requests = new RequestsInFlight();
  const server = restify.createServer();
  const held: (() => void)[] = [];
  let url = "";
  beforeAll(async () => {
    requests.track(server);
    server.get("/hold", (_req, res, next) => {
      held.push(() => {
        res.send(200, { ok: true });
        next();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("counts requests from arrival to answer, and one whose client went away", async () => {
    const answers = [fetch(`${url}/hold`), fetch(`${url}/hold`)];
    const gone = new AbortController();
    const aborted = fetch(`${url}/hold`, { signal: gone.signal }).catch(() => "aborted");
    while (held.length < 3) await new Promise((r) => setTimeout(r, 5));
    expect(requests.now).toBe(3);
    gone.abort();
    expect(await aborted).toBe("aborted");
    while (requests.now > 2) await new Promise((r) => setTimeout(r, 5));
    held.splice(0).forEach((answer) => answer());
    await Promise.all(answers);
    while (requests.now > 0) await new Promise((r) => setTimeout(r, 5));
    expect(requests.now).toBe(0);
  });
});
