// A party that is not involved in a signal tries to read it, act on it, and read another
// rulebook's figures, through the tab and the partners' API: every attempt must be refused
// (403/404), and the signal stays as it was. The count goes into bench/README.md.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, huurachterstand, submitSignal, tabCall } from "../http/tab-api/testing/fixtures.js";
import { useTestApp } from "../testing/test-app.js";
import { recordFigure } from "../testing/figures.js";

const t = useTestApp({ worker: false });
let signalId: string;
let foreignKey: string;
let attempts = 0;
let refused = 0;
beforeAll(async () => {
  // Vidomes -> the tenant's begeleider (LV); Quawonen (KW) has nothing to do with it.
  signalId = await submitSignal(t.app, huurachterstand());
  foreignKey = (
    await t.store.apiCredentials.issue({ partyId: "kw-quawonen", label: "cross-party-test" }, { actor: "system:test" })
  ).token;
});
afterAll(() => recordFigure("crossParty", { attempts, refused }));

const actions = [
  { type: "bevestigen" },
  { type: "oppakken" },
  { type: "doorsturen", toPartyId: "kw-quawonen" },
  { type: "afsluiten", outcome: "opgelost" },
];

async function api(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${t.app.url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${foreignKey}`,
      "content-type": "application/json",
      "idempotency-key": randomUUID(),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, text: await response.text() };
}

describe("cross-party attempts are refused on every surface", () => {
  it("tab and partners' API: reading and acting on another party's signal, another rulebook's dashboard", async () => {
    const asForeign = (path: string, init: { method?: string; body?: unknown } = {}) =>
      tabCall(t.app.url, path, { user: demo.woonconsulentKw.teamsUserId, ...init });
    const tries: { what: string; run: () => Promise<{ status: number; text?: string; body?: unknown }> }[] = [
      { what: "tab: read the signal", run: () => asForeign(`/api/tab/signals/${signalId}`) },
      ...actions.map((a) => ({
        what: `tab: ${a.type}`,
        run: () => asForeign(`/api/tab/signals/${signalId}/actions`, { method: "POST", body: a }),
      })),
      ...["dashboard", "monitoring"].flatMap((view) =>
        ["lv-zorgafhankelijk-2025", "lv-noodwoning-2025"].map((rulebook) => ({
          what: `tab: ${view} ${rulebook}`,
          run: () => asForeign(`/api/tab/${view}/${rulebook}`),
        })),
      ),
      { what: "api: read the signal", run: () => api(`/api/signals/${signalId}`) },
      ...actions.map((a) => ({
        what: `api: ${a.type}`,
        run: () => api(`/api/signals/${signalId}/actions`, { method: "POST", body: a }),
      })),
    ];
    const before = await t.store.signals.get(signalId);
    for (const attempt of tries) {
      attempts++;
      const result = await attempt.run();
      const text = result.text ?? JSON.stringify(result.body);
      expect([403, 404], `${attempt.what}: ${result.status} ${text.slice(0, 200)}`).toContain(result.status);
      // Nothing of the tenant leaks in the refusal.
      expect(text).not.toContain("Testhuurder");
      refused++;
    }
    expect((await t.store.signals.get(signalId))?.status).toBe(before?.status);
    expect(refused).toBe(tries.length);
  });
});
