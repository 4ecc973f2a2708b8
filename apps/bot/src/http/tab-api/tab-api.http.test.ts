import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlinesFrom, findRulebookVersions } from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import * as contract from "@convenantbot/contract";
import type { RunningApp } from "../../app.js";
import { DEMO_TENANT_ID } from "../../config.js";
import { startTestApp } from "../../testing/test-app.js";
import { startTestSsoIssuer, type TestSsoIssuer } from "../../tab-auth/testing/sso-issuer.js";
import { demo, huurachterstand, overlast, submitSignal, tabCall } from "./testing/fixtures.js";
import { DEV_USER_HEADER } from "./index.js";

const AUDIENCE = "api://localhost/convenantbot-tab-test";
let issuer: TestSsoIssuer;
let store: Store;
let app: RunningApp;
// The tab API's "today" is the app's clock: tests move it, never wait for it.
let now = new Date("2026-11-23T10:00:00.000Z");
let rentSignal: string;
let noiseSignal: string;

const call = (path: string, init: Parameters<typeof tabCall>[2] = {}) => tabCall(app.url, path, init);
const tokenFor = (who: { aadObjectId: string }, claims: { tid?: string; aud?: string } = {}) =>
  issuer.sign({ oid: who.aadObjectId, tid: claims.tid ?? DEMO_TENANT_ID, aud: claims.aud ?? AUDIENCE });
const memberId = async (who: { teamsUserId: string }) => (await store.members.byTeamsUserId(who.teamsUserId))!.id;

beforeAll(async () => {
  issuer = await startTestSsoIssuer();
  // One clock for the store (created_at) and the app (today), so periods and terms are fixed.
  store = await openStore({ inMemory: true, clock: () => now });
  app = await startTestApp({
    store,
    worker: false,
    clock: () => now,
    env: { TAB_SSO_AUDIENCE: AUDIENCE, TAB_SSO_JWKS_URL: issuer.jwksUrl },
  });
  rentSignal = await submitSignal(app, huurachterstand());
  noiseSignal = await submitSignal(app, overlast());
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  await issuer?.close();
});

describe("who calls the tab API", () => {
  it("a verified Teams SSO token names the member by oid + tid", async () => {
    const me = await call("/api/tab/me", { token: await tokenFor(demo.begeleider) });
    expect(me.status).toBe(200);
    const parsed = contract.MeSchema.parse(me.body);
    expect(parsed).toMatchObject({ mode: "teams", party: { id: "lv-ribw-fonteynenburg", role: "zorgorganisatie" } });
    expect(parsed.rulebooks.map((r) => r.id)).toEqual(
      expect.arrayContaining(["lv-zorgafhankelijk-2025", "lv-noodwoning-2025"]),
    );
  });

  it("in local mode the playground's demo header names a demo caseworker", async () => {
    const me = await call("/api/tab/me", { user: demo.casemanager.teamsUserId });
    expect(me.status).toBe(200);
    expect(contract.MeSchema.parse(me.body)).toMatchObject({ mode: "dev", party: { id: "lv-lokale-kamer" } });
    const users = contract.DevUsersSchema.parse((await call("/api/tab/dev/users")).body);
    expect(users.users.map((u) => u.id)).toContain("29:demo-begeleider");
  });

  it("refuses no credentials, a forged or foreign-audience token (401) and an unknown person (403), in Dutch and English", async () => {
    const none = await call("/api/tab/me");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(contract.ApiErrorSchema.parse(none.body).message_nl).toMatch(/Teams/);
    const forged = await call("/api/tab/me", {
      token: await issuer.signWithForeignKey({ oid: demo.begeleider.aadObjectId, tid: DEMO_TENANT_ID, aud: AUDIENCE }),
    });
    expect(forged.status).toBe(401);
    const otherApp = await call("/api/tab/me", {
      token: await tokenFor(demo.begeleider, { aud: "api://elders/andere-app" }),
    });
    expect(otherApp.status).toBe(401);
    const stranger = await call("/api/tab/me", {
      token: await issuer.sign({ oid: "00000000-0000-0000-0000-0000000000ff", tid: DEMO_TENANT_ID, aud: AUDIENCE }),
    });
    expect(stranger.status).toBe(403);
    expect(contract.ApiErrorSchema.parse(stranger.body).message_en).toMatch(/not \(yet\) known/);
    const unknownDemo = await call("/api/tab/me", { user: "29:iemand-anders" });
    expect(unknownDemo.status).toBe(401);
  });

  it("a token wins over the demo header: a header cannot change who a signed-in caller is", async () => {
    const response = await fetch(`${app.url}/api/tab/me`, {
      headers: {
        authorization: `Bearer ${await tokenFor(demo.woonconsulentKw)}`,
        [DEV_USER_HEADER]: demo.begeleider.teamsUserId,
      },
    });
    expect(((await response.json()) as { party: { id: string } }).party.id).toBe("kw-quawonen");
  });
});

describe("the signals inbox of the caller's party", () => {
  it("lists the party's signals, filtered by type, status and overdue, and audits the read", async () => {
    const all = contract.SignalListSchema.parse(
      (await call("/api/tab/signals", { user: demo.begeleider.teamsUserId })).body,
    );
    expect(all.items.map((s) => s.id).sort()).toEqual([rentSignal, noiseSignal].sort());
    expect(all.items.find((s) => s.id === rentSignal)).toMatchObject({
      direction: "received",
      status: "nieuw",
      tenantName: "Testhuurder Een",
      actions: ["bevestigen", "oppakken", "doorsturen"],
    });
    const noise = contract.SignalListSchema.parse(
      (await call("/api/tab/signals?type=overlast", { user: demo.begeleider.teamsUserId })).body,
    );
    expect(noise.items.map((s) => s.id)).toEqual([noiseSignal]);
    const overdueNow = contract.SignalListSchema.parse(
      (await call("/api/tab/signals?overdue=true", { user: demo.begeleider.teamsUserId })).body,
    );
    expect(overdueNow.items).toEqual([]);
    const audit = await store.audit.forRecord("party", demo.begeleider.partyId);
    expect(audit.filter((e) => e.action === "signal.list").map((e) => e.actor)).toContain(
      `member:${await memberId(demo.begeleider)}`,
    );
  });

  it("flags a signal overdue once the acknowledgement term has passed", async () => {
    const before = now;
    now = new Date("2026-12-10T10:00:00.000Z");
    try {
      const overdue = contract.SignalListSchema.parse(
        (await call("/api/tab/signals?overdue=true&type=overlast", { user: demo.begeleider.teamsUserId })).body,
      );
      expect(overdue.items.map((s) => [s.id, s.overdue])).toEqual([[noiseSignal, true]]);
    } finally {
      now = before;
    }
  });

  it("refuses an unknown filter with 400 naming it", async () => {
    const bad = await call("/api/tab/signals?soort=overlast", { user: demo.begeleider.teamsUserId });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("soort");
  });

  it("shows one signal with its fields, history and the card's actions; the read is audited", async () => {
    const response = await call(`/api/tab/signals/${rentSignal}`, { user: demo.begeleider.teamsUserId });
    expect(response.status).toBe(200);
    const detail = contract.SignalDetailSchema.parse(response.body);
    expect(detail.fields.find((f) => f.path === "monthsInArrears")).toMatchObject({
      label: { nl: "Maanden achterstand" },
      value: 2,
    });
    expect(detail.history.map((h) => [h.action, h.actorPartyName])).toEqual([["ontvangen", "Stichting Vidomes"]]);
    expect(detail.actions).toEqual(["bevestigen", "oppakken", "doorsturen"]);
    expect(detail.closeOutcomes).toContain("ontruiming_voorkomen");
    expect(detail.forwardTargets.map((p) => p.partyId)).not.toContain("lv-ribw-fonteynenburg");
    const reads = await store.audit.forRecord("signal", rentSignal);
    expect(reads.filter((e) => e.action === "signal.read").map((e) => e.actor)).toContain(
      `member:${await memberId(demo.begeleider)}`,
    );
  });

  it("acts through the SignalService like the card: acknowledge, then a repeat changes nothing", async () => {
    const first = await call(`/api/tab/signals/${noiseSignal}/actions`, {
      user: demo.begeleider.teamsUserId,
      method: "POST",
      body: { type: "bevestigen" },
    });
    expect(first.status).toBe(200);
    expect(contract.SignalActionResultSchema.parse(first.body)).toMatchObject({ status: "bevestigd", noop: false });
    const again = contract.SignalActionResultSchema.parse(
      (
        await call(`/api/tab/signals/${noiseSignal}/actions`, {
          user: demo.begeleider.teamsUserId,
          method: "POST",
          body: { type: "bevestigen" },
        })
      ).body,
    );
    expect(again.noop).toBe(true);
    expect(again.reason?.nl).toBeTruthy();
    const stored = await store.signals.get(noiseSignal);
    expect(
      app.signals.viewOf(stored!, { partyId: demo.begeleider.partyId, role: "zorgorganisatie" })?.own?.status,
    ).toBe("bevestigd");
    const bad = await call(`/api/tab/signals/${noiseSignal}/actions`, {
      user: demo.begeleider.teamsUserId,
      method: "POST",
      body: { type: "afsluiten", outcome: "weg" },
    });
    expect(bad.status).toBe(400);
  });

  it("the landlord that sent it sees it as sent, with no actions on someone else's lifecycle", async () => {
    const list = contract.SignalListSchema.parse(
      (await call("/api/tab/signals", { user: demo.woonconsulent.teamsUserId })).body,
    );
    expect(list.items.find((s) => s.id === rentSignal)).toMatchObject({ direction: "sent", actions: [] });
  });
});

describe("a caseworker of another party", () => {
  it("cannot load, list or act on another party's signal by id: 403, the same answer as for an id that does not exist", async () => {
    for (const auth of [
      { user: demo.woonconsulentKw.teamsUserId },
      { token: await tokenFor(demo.woonconsulentKw) },
      { user: demo.casemanager.teamsUserId },
    ]) {
      const foreign = await call(`/api/tab/signals/${rentSignal}`, auth);
      const missing = await call("/api/tab/signals/00000000-0000-4000-8000-000000000000", auth);
      expect(foreign.status).toBe(403);
      expect(missing.status).toBe(403);
      expect(foreign.body).toEqual(missing.body);
      expect(JSON.stringify(foreign.body)).not.toContain("Testhuurder");
      const list = contract.SignalListSchema.parse((await call("/api/tab/signals", auth)).body);
      expect(list.items.map((s) => s.id)).not.toContain(rentSignal);
      const act = await call(`/api/tab/signals/${rentSignal}/actions`, {
        ...auth,
        method: "POST",
        body: { type: "bevestigen" },
      });
      expect(act.status).toBe(403);
    }
    const stored = await store.signals.get(rentSignal);
    expect(stored?.status).toBe("nieuw");
  });
});

let placed: string;
let waiting: string;

describe("aanmeldingen of the caller's party", () => {
  beforeAll(async () => {
    const lv = findRulebookVersions("lv-zorgafhankelijk-2025").at(-1)!;
    const createdBy = await memberId(demo.begeleider);
    const base = {
      rulebook: lv.id,
      rulebookVersion: lv.version,
      facts: { residentOf: "Stompwijk" },
      supportPartyId: "lv-ribw-fonteynenburg",
      status: "ingediend" as const,
      createdBy,
    };
    const meta = { actor: "system:test" };
    placed = (
      await store.aanmeldingen.create(
        { ...base, deadlines: deadlinesFrom(lv.deadlines, "aanmelding", "2025-01-20") },
        meta,
      )
    ).id;
    waiting = (
      await store.aanmeldingen.create(
        { ...base, deadlines: deadlinesFrom(lv.deadlines, "aanmelding", "2026-06-01") },
        meta,
      )
    ).id;
    await store.housingOffers.create(
      { aanmeldingId: placed, landlordPartyId: "lv-stichting-duivenvoorde", offeredOn: "2025-03-01" },
      meta,
    );
    await store.leases.create(
      {
        aanmeldingId: placed,
        landlordPartyId: "lv-stichting-duivenvoorde",
        temporaryStart: "2025-04-01",
        evaluationDue: "2027-04-01",
      },
      meta,
    );
  });

  it("lists status and deadlines with overdue flagged, without the case's facts, and audits the read", async () => {
    const response = await call("/api/tab/aanmeldingen", { user: demo.begeleider.teamsUserId });
    expect(response.status).toBe(200);
    const { items } = contract.AanmeldingListSchema.parse(response.body);
    const byId = new Map(items.map((a) => [a.id, a]));
    // Offered within? 2025-03-01 is inside three months of 2025-01-20: LV.5.4 met, not overdue.
    expect(byId.get(placed)?.deadlines.find((d) => d.code === "LV.5.4")).toMatchObject({
      metOn: "2025-03-01",
      overdue: false,
    });
    expect(byId.get(placed)?.offers).toEqual([
      { landlordName: "Stichting Duivenvoorde", offeredOn: "2025-03-01", response: null, withinTerm: true },
    ]);
    // A year after the lease start (2026-04-01) without an evaluation: LV.5.11 overdue on 2026-11-23.
    expect(byId.get(placed)?.deadlines.find((d) => d.code === "LV.5.11")).toMatchObject({
      due: "2026-04-01",
      overdue: true,
    });
    expect(byId.get(placed)?.deadlines.find((d) => d.code === "LV.4.9")).toMatchObject({
      due: "2027-04-01",
      overdue: false,
    });
    // Registered on 2026-06-01, no offer by 2026-09-01: overdue.
    expect(byId.get(waiting)?.deadlines.find((d) => d.code === "LV.5.4")).toMatchObject({
      due: "2026-09-01",
      overdue: true,
    });
    expect(byId.get(waiting)).toMatchObject({
      relation: "aangemeld",
      supportPartyName: expect.stringContaining("Fonteynenburg"),
      overdue: true,
    });
    expect(JSON.stringify(response.body)).not.toContain("Stompwijk");
    const audit = await store.audit.forRecord("party", demo.begeleider.partyId);
    expect(audit.map((e) => e.action)).toContain("aanmelding.list");
  });

  it("another party that has nothing to do with them sees none", async () => {
    const { items } = contract.AanmeldingListSchema.parse(
      (await call("/api/tab/aanmeldingen", { user: demo.casemanager.teamsUserId })).body,
    );
    expect(items.map((a) => a.id)).not.toContain(placed);
  });
});

describe("the platform dashboard: counts only, for the caller's rulebooks", () => {
  it("shows demand against offers per landlord and year against LV.9 (Duivenvoorde 1 a year)", async () => {
    const response = await call("/api/tab/dashboard/lv-zorgafhankelijk-2025", { user: demo.begeleider.teamsUserId });
    expect(response.status).toBe(200);
    const dashboard = contract.QuotaDashboardSchema.parse(response.body);
    const duivenvoorde = dashboard.landlords.find((l) => l.partyId === "lv-stichting-duivenvoorde")!;
    expect(duivenvoorde.perYear.find((p) => p.year === 2025)).toEqual({
      year: 2025,
      offered: 1,
      accepted: 0,
      quota: 1,
    });
    expect(dashboard.landlords.find((l) => l.partyId === "lv-vidomes")?.perYear[0]?.quota).toBeNull();
    expect(dashboard.demand.reduce((s, d) => s + d.registered, 0)).toBeGreaterThanOrEqual(2);
    const nood = contract.QuotaDashboardSchema.parse(
      (await call("/api/tab/dashboard/lv-noodwoning-2025", { user: demo.begeleider.teamsUserId })).body,
    );
    expect(nood.noodwoningen).toMatchObject({ perYear: 2 });
  });

  it("counts the half year's signals per gemeente and landlord, with no personal data", async () => {
    const response = await call("/api/tab/monitoring/lv-zorgafhankelijk-2025", { user: demo.begeleider.teamsUserId });
    expect(response.status).toBe(200);
    const monitoring = contract.MonitoringSchema.parse(response.body);
    const row = monitoring.rows.find((r) => r.period === "2026-H2" && r.landlord === "Stichting Vidomes");
    expect(row).toMatchObject({ gemeente: "Leidschendam-Voorburg", signals: { huurachterstand: 1, overlast: 1 } });
    const text = JSON.stringify(response.body);
    for (const personal of ["Testhuurder", "2271", rentSignal, placed, waiting]) expect(text).not.toContain(personal);
  });

  it("refuses a rulebook the party does not take part in, the same as one that does not exist", async () => {
    const foreign = await call("/api/tab/dashboard/kw-huisuitzetting-2019", { user: demo.begeleider.teamsUserId });
    const unknown = await call("/api/tab/monitoring/bestaat-niet", { user: demo.begeleider.teamsUserId });
    expect(foreign.status).toBe(403);
    expect(unknown.status).toBe(403);
    expect(foreign.body).toEqual(unknown.body);
  });
});

describe("outside local mode (a Microsoft app id is set)", () => {
  let prodStore: Store;
  let prod: RunningApp;
  const appId = "2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23";
  beforeAll(async () => {
    prodStore = await openStore({ inMemory: true });
    prod = await startTestApp({
      store: prodStore,
      worker: false,
      env: {
        MicrosoftAppId: appId,
        MicrosoftAppPassword: "test-secret",
        MicrosoftAppTenantId: DEMO_TENANT_ID,
        TAB_SSO_JWKS_URL: issuer.jwksUrl,
        DEMO_DATA: "true",
      },
    });
  });
  afterAll(async () => {
    await prod?.close();
    await prodStore?.close();
  });

  it("never accepts the demo header, and has no demo user list", async () => {
    const header = await tabCall(prod.url, "/api/tab/me", { user: demo.begeleider.teamsUserId });
    expect(header.status).toBe(401);
    const signals = await tabCall(prod.url, "/api/tab/signals", { user: demo.begeleider.teamsUserId });
    expect(signals.status).toBe(401);
    expect((await tabCall(prod.url, "/api/tab/dev/users")).status).toBe(404);
  });

  it("accepts a Teams SSO token for api://<domain>/<app id> from the app's tenant", async () => {
    const token = await issuer.sign({
      oid: demo.begeleider.aadObjectId,
      tid: DEMO_TENANT_ID,
      aud: `api://convenantbot.example.nl/${appId}`,
    });
    const me = await tabCall(prod.url, "/api/tab/me", { token });
    expect(me.status).toBe(200);
    expect(contract.MeSchema.parse(me.body).mode).toBe("teams");
  });
});
