import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlinesFrom, resolveRulebook } from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { startTestApp } from "../testing/test-app.js";

let store: Store;
let app: RunningApp;
let vidomes: string;
let quawonen: string;
let aanmeldingId: string;

const post = (path: string, key: string, body: unknown) =>
  fetch(`${app.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, worker: false });
  const meta = { actor: "system:test" };
  vidomes = (await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "test" }, meta)).token;
  quawonen = (await store.apiCredentials.issue({ partyId: "kw-quawonen", label: "test" }, meta)).token;
  const rulebook = resolveRulebook("lv-zorgafhankelijk-2025", "2026-11-23");
  const created = await store.aanmeldingen.create(
    {
      rulebook: rulebook.id,
      rulebookVersion: rulebook.version,
      status: "ingediend",
      deadlines: deadlinesFrom(rulebook.deadlines, "aanmelding", "2026-11-23"),
    },
    meta,
  );
  aanmeldingId = created.id;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("offers and leases from a landlord's system (LV art. 5.4, 4.9)", () => {
  it("records an offer within the three-month term, and one after it", async () => {
    const inTime = await post(`/api/aanmeldingen/${aanmeldingId}/offers`, vidomes, { offeredOn: "2027-01-10" });
    expect(inTime.status).toBe(201);
    expect(await inTime.json()).toMatchObject({ landlordPartyId: "lv-vidomes", withinTerm: true });
    const late = await post(`/api/aanmeldingen/${aanmeldingId}/offers`, vidomes, { offeredOn: "2027-03-01" });
    expect(await late.json()).toMatchObject({ withinTerm: false });
  });

  it("records the tenant's answer, only by the landlord that made the offer", async () => {
    const offer = (await (
      await post(`/api/aanmeldingen/${aanmeldingId}/offers`, vidomes, { offeredOn: "2027-01-12" })
    ).json()) as { id: string };
    expect(
      (
        await post(`/api/offers/${offer.id}/response`, quawonen, {
          response: "geaccepteerd",
          respondedOn: "2027-01-15",
        })
      ).status,
    ).toBe(403);
    const answered = await post(`/api/offers/${offer.id}/response`, vidomes, {
      response: "geaccepteerd",
      respondedOn: "2027-01-15",
    });
    expect(await answered.json()).toMatchObject({ response: "geaccepteerd" });
  });

  it("a temporary lease gets its evaluation due at the end of the rulebook's term (two years)", async () => {
    const lease = await post(`/api/aanmeldingen/${aanmeldingId}/leases`, vidomes, { temporaryStart: "2027-02-01" });
    expect(lease.status).toBe(201);
    expect(await lease.json()).toMatchObject({ temporaryStart: "2027-02-01", evaluationDue: "2029-02-01" });
  });

  it("a landlord outside the rulebook learns nothing; bad input names the field", async () => {
    const foreign = await post(`/api/aanmeldingen/${aanmeldingId}/offers`, quawonen, { offeredOn: "2027-01-10" });
    const missing = await post(`/api/aanmeldingen/00000000-0000-4000-8000-000000000000/offers`, quawonen, {
      offeredOn: "2027-01-10",
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual(await missing.json());
    const bad = await post(`/api/aanmeldingen/${aanmeldingId}/offers`, vidomes, { offeredOn: "gisteren" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message_nl: string }).message_nl).toContain("offeredOn");
  });
});
