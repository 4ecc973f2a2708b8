import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import * as contract from "@convenantbot/contract";
import { tabCall } from "../http/tab-api/testing/fixtures.js";
import { escalateOverdue } from "./escalate-overdue.js";

const meldpunt = { id: "29:demo-meldpunt", aadObjectId: "00000000-0000-0000-0000-0000000000a4" };

let store: Store;
let app: RunningApp;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50, clock: () => new Date("2026-11-23T09:00:00Z") });
  await new BotClient(app.url, meldpunt, { serviceUrl: `${app.url}/connector` }).say("help");
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("escalation of unacknowledged signals (ASSUMED term: 3 working days)", () => {
  it("escalates once to the owning party's coordinator after the term, with the reason, and records it in the history", async () => {
    const { signal } = await app.signals.submit({
      body: {
        rulebook: "kw-huisuitzetting-2019",
        type: "huurachterstand",
        signalDate: "2026-11-23",
        tenant: { name: "Testhuurder Drie", postcode: "2821 AA", huisnummer: 3 },
        monthsInArrears: 3,
        amountInArrears: 2100,
        since: "2026-08-01",
        remindersSent: 3,
        paymentArrangement: false,
        courtStage: "dagvaarding",
      },
      sender: { partyId: "kw-quawonen", role: "sociale_verhuurder", actor: "system:test" },
      idempotencyKey: "escalation-1",
      correlationId: "test",
    });
    // Monday 23 November + 3 working days = Thursday 26 November: not yet overdue on the 26th.
    expect((await escalateOverdue(store, new Date("2026-11-26T12:00:00Z"))).escalated).toEqual([]);
    const first = await escalateOverdue(store, new Date("2026-11-27T12:00:00Z"));
    expect(first.escalated).toEqual([`${signal.id}:kw-meldpunt-ggd-hm`]);
    expect((await escalateOverdue(store, new Date("2026-11-30T12:00:00Z"))).escalated).toEqual([]);
    expect((await store.signals.history(signal.id)).map((h) => h.action)).toContain("escaleren");
    await waitFor("the escalation in the coordinator's chat", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.userId === meldpunt.id &&
            typeof e.activity?.text === "string" &&
            e.activity.text.includes("Termijn verstreken"),
        ),
    );
    // One history: the escalation is a line of the Meldpunt's lifecycle, so its card and the tab show it.
    await waitFor("the Meldpunt's card refreshed with the escalation in its history", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.userId === meldpunt.id &&
            JSON.stringify(e.activity?.attachments ?? []).includes("escalatie naar de coördinator: termijn verstreken"),
        ),
    );
    const response = await tabCall(app.url, `/api/tab/signals/${signal.id}`, { user: meldpunt.id });
    expect(response.status).toBe(200);
    const detail = contract.SignalDetailSchema.parse(response.body);
    expect(detail.history.map((h) => [h.action, h.from, h.to])).toEqual([
      ["ontvangen", null, "nieuw"],
      ["escaleren", "nieuw", "nieuw"],
    ]);
    expect(detail.status).toBe("nieuw"); // an escalation changes no status
  });
});
