import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../app.js";
import { startTestApp } from "../testing/test-app.js";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
  await app.store.close();
});

const post = (body: unknown) =>
  fetch(`${app.url}/api/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("POST /api/check", () => {
  it("answers a check request with outcome, reasons and receipt", async () => {
    const response = await post({
      rulebook: "kw-huisuitzetting-2019",
      asOf: "2026-03-01",
      facts: { opiumActViolation: true },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      outcome: string;
      reasons: { code: string; status: string }[];
      receipt: { rulebookHash: string };
    };
    expect(body.outcome).toBe("not_eligible");
    expect(body.reasons.find((r) => r.code === "KW.EXCL.OPIUMWET")?.status).toBe("failed");
    expect(body.receipt.rulebookHash).toMatch(/^sha256:/);
  });

  it.each([
    [
      { rulebook: "kw-huisuitzetting-2019", asOf: "2026-03-01", facts: { paysCurrentRent: "ja" } },
      "facts.paysCurrentRent",
    ],
    [{ rulebook: "kw-huisuitzetting-2019", asOf: "2026-13-01", facts: {} }, "asOf"],
    [{ rulebook: "mh-uitstroom-2019", asOf: "2026-03-01", facts: {} }, "asOf"],
    [{ rulebook: "bestaat-niet", asOf: "2026-03-01", facts: {} }, "rulebook"],
  ])("refuses %j with 400 naming %s in Dutch and English", async (body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as { message_nl: string; message_en: string; issues: { field: string }[] };
    expect(error.issues.map((i) => i.field)).toContain(field);
    expect(error.message_nl).toContain(field);
    expect(error.message_en).toContain(field);
  });
});

describe("malformed JSON on the API", () => {
  it("is refused with 400 in Dutch and English", async () => {
    const response = await fetch(`${app.url}/api/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{kapot",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message_nl: string; message_en: string };
    expect(body.message_nl).toMatch(/geen geldige JSON/);
    expect(body.message_en).toMatch(/not valid JSON/);
  });
});
