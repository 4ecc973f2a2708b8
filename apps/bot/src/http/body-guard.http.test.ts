import { request } from "node:http";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type restify from "restify";
import type { RunningApp } from "../app.js";
import { startTestApp } from "../testing/test-app.js";
import { DEFAULT_BODY_LIMIT_BYTES, jsonDepth, withBodyLimit } from "./body-guard.js";

let app: RunningApp;
let largeRouteCalls = 0;

beforeAll(async () => {
  app = await startTestApp({
    mount: (server: restify.Server) => {
      // What a batch route does: its own, larger limit through its route options.
      server.post(
        withBodyLimit("/api/test/large", 2 * 1024 * 1024),
        async (req: restify.Request, res: restify.Response) => {
          largeRouteCalls++;
          res.json(200, { items: Array.isArray(req.body) ? req.body.length : -1 });
        },
      );
    },
  });
});
afterAll(async () => {
  await app.close();
});

interface Answer {
  status: number;
  json: { error?: string; message_nl?: string; message_en?: string; issues?: { field: string }[] };
  connection: string | undefined;
}

/** A raw request: `declaredLength` may claim more than `body` holds (the server must not wait for it). */
function send(
  path: string,
  options: {
    headers: Record<string, string>;
    body?: string | Buffer;
    declaredLength?: number;
    stream?: { chunk: Buffer; max: number };
  },
): Promise<Answer & { written: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, app.url);
    let written = 0;
    let answered = false;
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.declaredLength !== undefined) headers["content-length"] = options.declaredLength;
    else if (options.body !== undefined) headers["content-length"] = Buffer.byteLength(options.body);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          json: text ? JSON.parse(text) : {},
          connection: res.headers.connection,
          written,
        }),
      );
    });
    // The server may close while a refused body is still being sent: that is the point.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    if (options.body !== undefined) {
      req.write(options.body);
      written += Buffer.byteLength(options.body);
    }
    if (options.stream) {
      const { chunk, max } = options.stream;
      const pump = () => {
        while (!answered && written < max) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!answered) req.end();
      };
      pump();
    } else if (options.declaredLength === undefined) req.end();
  });
}

const uploads = () => readdirSync(tmpdir()).filter((name) => name.startsWith("upload_")).length;

const multipart = (boundary: string) =>
  [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="zorgnotitie.txt"',
    "Content-Type: text/plain",
    "",
    "x".repeat(64 * 1024),
    `--${boundary}--`,
    "",
  ].join("\r\n");

const routes = [
  "/api/messages",
  "/api/signals",
  "/api/check",
  "/api/signals/x/actions",
  "/api/aanmeldingen/x/offers",
  "/api/tab/signals/x/actions",
  "/v3/directline/tokens/generate",
  "/v3/directline/conversations/x/upload",
  "/connector/v3/conversations",
];

describe("the body guard on every route", () => {
  it.each(routes)("refuses a multipart upload to %s with 415 and writes no file", async (path) => {
    const before = uploads();
    const boundary = "----convenantbot-test";
    const answer = await send(path, {
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: multipart(boundary),
    });
    expect(answer.status).toBe(415);
    expect(answer.json.message_nl).toMatch(/Alleen JSON/);
    expect(answer.json.message_en).toMatch(/Only JSON/);
    expect(answer.json.issues?.[0]?.field).toBe("Content-Type");
    expect(answer.connection).toBe("close");
    expect(uploads()).toBe(before);
  });

  it.each([
    ["text/plain", "hallo"],
    ["application/x-www-form-urlencoded", "rulebook=kw"],
    ["application/octet-stream", "\u0000\u0001"],
    ["text/csv", "a,b"],
    ["", "{}"],
  ])("refuses content type %j with 415 before reading the body", async (type, body) => {
    const answer = await send("/api/check", {
      headers: type ? { "content-type": type } : {},
      body,
      declaredLength: 5 * 1024 * 1024,
    });
    expect(answer.status).toBe(415);
    expect(answer.json.message_nl).toMatch(/Alleen JSON/);
  });

  it("refuses a compressed body (no zip bombs) with 415", async () => {
    const answer = await send("/api/check", {
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: "\u001f\u008b",
    });
    expect(answer.status).toBe(415);
    expect(answer.json.issues?.[0]?.field).toBe("Content-Encoding");
  });

  it("refuses a declared 10 MB body with 413 at once, without waiting for it", async () => {
    const answer = await send("/api/messages", {
      headers: { "content-type": "application/json" },
      body: "{",
      declaredLength: 10 * 1024 * 1024,
    });
    expect(answer.status).toBe(413);
    expect(answer.json.message_nl).toMatch(/te groot/);
    expect(answer.json.message_en).toMatch(/too large/);
    expect(answer.written).toBe(1);
  });

  it("stops reading a streamed (chunked) body as soon as it passes the limit", async () => {
    const answer = await send("/api/signals", {
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      stream: { chunk: Buffer.alloc(64 * 1024, 0x20), max: 10 * 1024 * 1024 },
    });
    expect(answer.status).toBe(413);
    expect(answer.written).toBeLessThan(10 * 1024 * 1024);
  });

  it("refuses deep nesting with 400 before parsing", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const answer = await send("/api/check", { headers: { "content-type": "application/json" }, body: deep });
    expect(answer.status).toBe(400);
    expect(answer.json.message_nl).toMatch(/te diep genest/);
    expect(answer.json.message_en).toMatch(/nested too deeply/);
  });

  it("a route with its own limit takes a larger body; the default still holds elsewhere", async () => {
    const rows = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ i, text: "een regel" })));
    expect(Buffer.byteLength(rows)).toBeGreaterThan(DEFAULT_BODY_LIMIT_BYTES);
    const large = await send("/api/test/large", { headers: { "content-type": "application/json" }, body: rows });
    expect(large.status).toBe(200);
    expect(large.json).toEqual({ items: 20_000 });
    const elsewhere = await send("/api/check", { headers: { "content-type": "application/json" }, body: rows });
    expect(elsewhere.status).toBe(413);
    const tooLarge = await send("/api/test/large", {
      headers: { "content-type": "application/json" },
      body: "[]",
      declaredLength: 3 * 1024 * 1024,
    });
    expect(tooLarge.status).toBe(413);
    expect(largeRouteCalls).toBe(1);
  });

  it("keeps serving JSON (and charset / +json types) after the refusals", async () => {
    const answer = await send("/api/check", {
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ rulebook: "nope" }),
    });
    expect(answer.status).toBe(400);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

describe("jsonDepth", () => {
  it.each([
    ["{}", 1],
    ["[[1],[2,[3]]]", 3],
    ['{"a":"[[[[[["}', 1],
    ['{"a":"\\"[["}', 1],
    ["42", 0],
  ])("%s is %i deep", (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});
