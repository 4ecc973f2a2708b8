import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphClient } from "./graph-client.js";
import { GraphError } from "./graph-error.js";

// The client's own retry, against a loopback server answering from a script: bounded, honours
// Retry-After, never retries a refusal, and fetches a new token once after a 401.
let server: Server;
let url = "";
const script: { status: number; headers?: Record<string, string> }[] = [];
const seen: { path: string; auth: string | undefined }[] = [];
let tokens = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url?.endsWith("/oauth2/v2.0/token")) {
        tokens += 1;
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ access_token: `t${tokens}`, expires_in: 3600 }));
      }
      seen.push({ path: req.url ?? "", auth: req.headers.authorization });
      const next = script.shift() ?? { status: 204 };
      res.writeHead(next.status, { "content-type": "application/json", ...next.headers });
      res.end(
        next.status >= 400
          ? JSON.stringify({ error: { code: "Code", message: "about user jan@example.nl" } })
          : undefined,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () =>
  new GraphClient({
    baseUrl: `${url}/v1.0`,
    authorityUrl: url,
    tenantId: "t",
    clientId: "c",
    clientSecret: "s",
    retryBaseMs: 1,
  });

describe("GraphClient", () => {
  it("retries a 429 after its Retry-After and a 503, then succeeds", async () => {
    seen.length = 0;
    script.push({ status: 429, headers: { "retry-after": "0" } }, { status: 503 });
    expect((await client().request("test", "POST", "/x", {})).status).toBe(204);
    expect(seen.map((s) => s.path)).toEqual(["/v1.0/x", "/v1.0/x", "/v1.0/x"]);
    expect(seen.every((s) => s.auth?.startsWith("Bearer t"))).toBe(true);
  });

  it("gives up after three attempts on 5xx, and never retries a 403; the error keeps status and code, not Graph's message", async () => {
    seen.length = 0;
    script.push({ status: 500 }, { status: 500 }, { status: 500 });
    const error = (await client()
      .request("test", "POST", "/x", {})
      .catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect([error.status, error.transient, seen.length]).toEqual([500, true, 3]);
    seen.length = 0;
    script.push({ status: 403 });
    const refused = (await client()
      .request("test", "POST", "/x", {})
      .catch((e: unknown) => e)) as GraphError;
    expect([refused.status, refused.transient, seen.length]).toEqual([403, false, 1]);
    expect(refused.message).not.toContain("jan@example.nl");
  });

  it("fetches a new token once after a 401", async () => {
    seen.length = 0;
    const graph = client();
    script.push({ status: 401 });
    expect((await graph.request("test", "GET", "/x")).status).toBe(204);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.auth).not.toBe(seen[1]!.auth);
  });
});
