import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient, cardsOf, allText, verbsOf, walk, type Card } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { huurachterstand } from "../testing/signal-fixtures.js";

const begeleider = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const casemanager = { id: "29:demo-casemanager", aadObjectId: "00000000-0000-0000-0000-0000000000a3" };

let store: Store;
let app: RunningApp;
let landlordKey: string;
let otherKey: string;

const api = (path: string, init: { method?: string; key?: string; body?: unknown; idempotencyKey?: string } = {}) =>
  fetch(`${app.url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      "content-type": "application/json",
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      ...(init.idempotencyKey ? { "idempotency-key": init.idempotencyKey } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  const meta = { actor: "system:test" };
  landlordKey = (await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, meta)).token;
  otherKey = (await store.apiCredentials.issue({ partyId: "kw-quawonen", label: "QuaWonen systeem" }, meta)).token;
  // The begeleider has talked to the bot once, through the local connector: its chat is known.
  await new BotClient(app.url, begeleider, { serviceUrl: `${app.url}/connector` }).say("help");
});
afterAll(async () => {
  await app.close();
  await store.close();
});

function signalCardIn(activity: object | undefined): Card | undefined {
  const attachments = ((activity as { attachments?: unknown } | undefined)?.attachments ?? []) as { content: Card }[];
  return attachments.map((a) => a.content).find((c) => verbsOf(c).some((v) => v.startsWith("signal.")));
}

describe("signals: a landlord's system to the care party's chat and back", () => {
  it("delivers a huurachterstand signal as a card, is acknowledged from the card, and the landlord sees the status", async () => {
    const posted = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand(),
      idempotencyKey: "vidomes-0001",
    });
    expect(posted.status).toBe(201);
    const { id, recipients } = (await posted.json()) as { id: string; recipients: { partyId: string }[] };
    expect(recipients.map((r) => r.partyId)).toEqual(["lv-ribw-fonteynenburg"]);

    // The outbox worker delivers proactively to the begeleider's stored conversation.
    const delivered = await waitFor("the signal card in the begeleider's chat", () =>
      app
        .playground!.getLog()
        .find((e) => e.direction === "fromBot" && e.operation !== "update" && signalCardIn(e.activity)),
    );
    const card = signalCardIn(delivered.activity)!;
    expect(allText(card)).toMatch(/Huurachterstand/);
    expect(verbsOf(card)).toEqual(expect.arrayContaining(["signal.bevestigen", "signal.oppakken"]));

    // Acknowledge from the card (Teams: Action.Execute invoke).
    const client = new BotClient(app.url, begeleider, { serviceUrl: `${app.url}/connector` });
    const replies = await client.execute("signal.bevestigen", { signalId: id });
    const invoke = replies.find((a) => a.type === "invokeResponse") as
      { value?: { body?: { value?: Card } } } | undefined;
    expect(allText(invoke!.value!.body!.value!)).toMatch(/bevestigd/);

    const seen = await api(`/api/signals/${id}`, { key: landlordKey });
    expect(seen.status).toBe(200);
    const view = (await seen.json()) as { lifecycles: { ownerPartyId: string; status: string }[] };
    expect(view.lifecycles).toEqual([{ ownerPartyId: "lv-ribw-fonteynenburg", status: "bevestigd" }]);

    // Every copy of the card is updated in place, never posted twice.
    await waitFor("the card updated in place", () =>
      app.playground!.getLog().find((e) => e.operation === "update" && signalCardIn(e.activity)),
    );
    const posts = app
      .playground!.getLog()
      .filter(
        (e) =>
          e.operation !== "update" &&
          signalCardIn(e.activity) &&
          allText(signalCardIn(e.activity)!).includes(id.slice(0, 8)),
      );
    expect(posts.length).toBeLessThanOrEqual(1);
  });

  it("a retry with the same Idempotency-Key never creates a twin", async () => {
    const first = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand(),
      idempotencyKey: "vidomes-0002",
    });
    const again = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand(),
      idempotencyKey: "vidomes-0002",
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    const other = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand({ monthsInArrears: 5 }),
      idempotencyKey: "vidomes-0002",
    });
    expect(other.status).toBe(409);
  });

  it("an unauthorised party gets 403 and learns nothing, also for ids that do not exist", async () => {
    const posted = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand(),
      idempotencyKey: "vidomes-0003",
    });
    const { id } = (await posted.json()) as { id: string };
    const foreign = await api(`/api/signals/${id}`, { key: otherKey });
    const missing = await api(`/api/signals/00000000-0000-4000-8000-000000000000`, { key: otherKey });
    expect(foreign.status).toBe(403);
    expect(missing.status).toBe(403);
    expect(await foreign.json()).toEqual(await missing.json());
    const list = (await (await api("/api/signals", { key: otherKey })).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
    const act = await api(`/api/signals/${id}/actions`, {
      method: "POST",
      key: otherKey,
      body: { type: "bevestigen" },
    });
    expect(act.status).toBe(403);
  });

  it("refuses an invalid signal with 422 naming the field, a missing key with 401, and audits a refusal without personal data", async () => {
    const noKey = await api("/api/signals", { method: "POST", body: huurachterstand(), idempotencyKey: "x" });
    expect(noKey.status).toBe(401);
    const bad = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand({ monthsInArrears: "twee" }),
      idempotencyKey: "vidomes-bad",
    });
    expect(bad.status).toBe(422);
    const error = (await bad.json()) as { message_nl: string; issues: { field: string }[] };
    expect(error.message_nl).toContain("monthsInArrears");
    const refused = await store.audit.forRecord("signal_request", "vidomes-bad");
    expect(refused.map((e) => e.action)).toEqual(["signal.refused"]);
    expect(JSON.stringify(refused)).not.toContain("Testhuurder");
  });

  it("a signal the rulebook does not route is refused with 422 and not stored", async () => {
    const before = (await (await api("/api/signals", { key: landlordKey })).json()) as { items: unknown[] };
    const noCase = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand({ caseContext: undefined }),
      idempotencyKey: "vidomes-nocase",
    });
    expect(noCase.status).toBe(422);
    const after = (await (await api("/api/signals", { key: landlordKey })).json()) as { items: unknown[] };
    expect(after.items.length).toBe(before.items.length);
  });

  it("care notes never reach the landlord side; the sender cannot pose as another party", async () => {
    const posted = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      idempotencyKey: "vidomes-0004",
      body: huurachterstand({ senderPartyId: "lv-wooninvest" }),
    });
    expect(posted.status).toBe(422);
    const ok = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand(),
      idempotencyKey: "vidomes-0005",
    });
    const { id } = (await ok.json()) as { id: string };
    const stored = await store.signals.get(id);
    const cardForCare = app.signals.viewOf(stored!, { partyId: "lv-ribw-fonteynenburg", role: "zorgorganisatie" });
    expect(JSON.stringify(cardForCare)).toContain("Testhuurder Een");
    let texts = "";
    walk(cardForCare, (n) => {
      texts += JSON.stringify(n);
    });
    expect(texts).not.toContain("justiceHistory");
  });
});

describe("keys: scoped, rate-limited, every read audited", () => {
  it("audits each read of a signal (personal data) with the reading key, not the content", async () => {
    const posted = await api("/api/signals", {
      method: "POST",
      key: landlordKey,
      body: huurachterstand(),
      idempotencyKey: "vidomes-audit",
    });
    const { id } = (await posted.json()) as { id: string };
    await api(`/api/signals/${id}`, { key: landlordKey });
    const reads = (await store.audit.forRecord("signal", id)).filter((e) => e.action === "signal.read");
    expect(reads).toHaveLength(1);
    expect(reads[0]?.actor).toMatch(/^api:/);
  });

  it("answers 429 with Retry-After once a key exceeds its rate, and other keys keep working", async () => {
    const limited = await startTestApp({
      store,
      env: { API_RATE_PER_SECOND: "0.001", API_RATE_BURST: "3" },
      worker: false,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await fetch(`${limited.url}/api/signals`, { headers: { authorization: `Bearer ${landlordKey}` } })).status,
        );
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const other = await fetch(`${limited.url}/api/signals`, { headers: { authorization: `Bearer ${otherKey}` } });
      expect(other.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("vroegsignalering (Wgs): the statutory channel to the gemeente", () => {
  const vroegsignaal = (vroegsignalering: Record<string, boolean>) => ({
    rulebook: "kw-huisuitzetting-2019",
    channel: "vroegsignalering",
    type: "huurachterstand",
    signalDate: "2026-11-20",
    tenant: { name: "Testhuurder Vier", postcode: "2821 AB", huisnummer: 4 },
    monthsInArrears: 2,
    amountInArrears: 980.4,
    since: "2026-09-01",
    remindersSent: 1,
    paymentArrangement: false,
    courtStage: "none",
    vroegsignalering,
  });
  const allDone = {
    personalContactTried: true,
    pointedToSchuldhulp: true,
    writtenReminderOfferedDataSharing: true,
    tenantObjected: false,
  };

  it("is refused with 422 naming each missing precondition of the Besluit (art. 2)", async () => {
    const refused = await api("/api/signals", {
      method: "POST",
      key: otherKey,
      body: vroegsignaal({ personalContactTried: true }),
      idempotencyKey: "qw-vs-1",
    });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { issues: { field: string }[] };
    expect(body.issues.map((i) => i.field).join(" ")).toMatch(/pointedToSchuldhulp/);
  });

  it("reaches the gemeente and exports in VNG's exchange model", async () => {
    const meta = { actor: "system:test" };
    const gemeenteKey = (
      await store.apiCredentials.issue({ partyId: "kw-gemeente-krimpenerwaard", label: "vroegsignalering" }, meta)
    ).token;
    const sent = await api("/api/signals", {
      method: "POST",
      key: otherKey,
      body: vroegsignaal(allDone),
      idempotencyKey: "qw-vs-2",
    });
    expect(sent.status).toBe(201);
    const { recipients } = (await sent.json()) as { recipients: { partyId: string }[] };
    expect(recipients.map((r) => r.partyId)).toEqual(["kw-gemeente-krimpenerwaard"]);
    const exported = await api("/api/signals/export/vng?gemeentecode=1931&from=2026-11-01&to=2026-11-30", {
      key: gemeenteKey,
    });
    expect(exported.status).toBe(200);
    const model = (await exported.json()) as {
      leveringen: { vroegsignalen: { bedrag: number; signaalpartner: { type: string } }[] }[];
    };
    expect(model.leveringen[0]?.vroegsignalen).toHaveLength(1);
    expect(model.leveringen[0]?.vroegsignalen[0]).toMatchObject({ bedrag: 980, signaalpartner: { type: "Huur" } });
    const landlordTry = await api("/api/signals/export/vng?gemeentecode=1931&from=2026-11-01&to=2026-11-30", {
      key: otherKey,
    });
    expect(landlordTry.status).toBe(403);
  });
});

describe("signals in Teams: the signaal command", () => {
  const woonconsulent = { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
  const invokeCard = (activities: object[]) =>
    (
      activities.find((a) => (a as { type?: string }).type === "invokeResponse") as
        { value?: { body?: { value?: Card } } } | undefined
    )?.value?.body?.value;
  const repliesOf = async (client: BotClient, verb: string, data: Record<string, unknown>) => {
    const activities = await client.execute(verb, data);
    const inline = invokeCard(activities);
    const cards = [...(inline ? [inline] : []), ...cardsOf(activities)];
    const texts = activities.map((a) => (a as { text?: string }).text ?? "").filter(Boolean);
    return { cards, texts, all: `${texts.join("\n")}\n${cards.map(allText).join("\n")}`.replace(/\u00a0/g, " ") };
  };
  const inputIds = (card: Card) => {
    const ids: string[] = [];
    walk(card, (n) => {
      if (typeof n["id"] === "string" && typeof n["type"] === "string" && String(n["type"]).startsWith("Input."))
        ids.push(n["id"]);
    });
    return ids;
  };
  const valuesOf = (card: Card) => {
    const values: Record<string, unknown> = {};
    walk(card, (n) => {
      if (typeof n["id"] === "string" && "value" in n) values[n["id"]] = n["value"];
    });
    return values;
  };

  it("'signaal <kenmerk>' prefills the form from the caseworker's own aanmelding", async () => {
    const landlordKw = { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" };
    const member = await store.members.byTeamsUserId(landlordKw.id);
    const aanmelding = await store.aanmeldingen.create(
      {
        rulebook: "kw-huisuitzetting-2019",
        rulebookVersion: "2019-02-01.1",
        supportPartyId: "kw-meldpunt-ggd-hm",
        createdBy: member!.id,
      },
      { actor: `member:${member!.id}` },
    );
    const client = new BotClient(app.url, landlordKw, { serviceUrl: `${app.url}/connector` });
    const chooser = cardsOf(await client.say(`signaal ${aanmelding.id.slice(0, 8)}`))[0]!;
    // KW names five things a landlord always melds: arrears, nuisance, broken agreements, no contact, a vonnis.
    expect(verbsOf(chooser)).toEqual([
      "signal.form",
      "signal.form",
      "signal.form",
      "signal.form",
      "signal.form",
      "signal.cancel",
    ]);
    expect(allText(chooser)).toContain("Afspraken niet nagekomen");
    expect(allText(chooser)).toContain("Geen contact met de huurder");
    const form = (await repliesOf(client, "signal.form", { aanmeldingId: aanmelding.id, type: "overlast" })).cards[0]!;
    expect(verbsOf(form)).toContain("signal.send");
    expect(valuesOf(form)["aanmeldingId"]).toBe(aanmelding.id);
    const unknown = await client.say("signaal ffffffff");
    expect(cardsOf(unknown)).toEqual([]);
    expect(unknown.map((a) => (a as { text?: string }).text).join()).toContain(
      "Ik vind geen signaal of aanmelding van je met kenmerk 'ffffffff'",
    );
  });

  it("a care party's caseworker opens the form; the casemanager can send one to a landlord's tenant case", async () => {
    const client = new BotClient(app.url, casemanager, { serviceUrl: `${app.url}/connector` });
    const chooser = cardsOf(await client.say("signaal"))[0]!;
    expect(allText(chooser)).toContain("Waarover gaat het signaal?");
    const form = (await repliesOf(client, "signal.form", { type: "overlast" })).cards[0]!;
    expect(verbsOf(form)).toContain("signal.send");
    // LV art. 8.2 from the begeleider's side: to the tenant's landlord, which the form asks for, saying why.
    expect(inputIds(form)).toContain("landlordPartyId");
    expect(allText(form)).toContain("Nodig om het signaal te kunnen versturen");
  });

  it("a landlord types a Dutch amount; the partner sees it in euros, in Dutch, with only what was filled in", async () => {
    const client = new BotClient(app.url, woonconsulent, { serviceUrl: `${app.url}/connector` });
    const form = (await repliesOf(client, "signal.form", { type: "huurachterstand" })).cards[0]!;
    const ids = inputIds(form);
    // Only the arrears fields, not the nuisance ones; a note; the begeleider required, in plain words.
    expect(ids).toEqual(
      expect.arrayContaining(["monthsInArrears", "amountInArrears", "courtStage", "note", "supportPartyId"]),
    );
    expect(ids).not.toContain("kind");
    expect(ids).not.toContain("severity");
    expect(verbsOf(form)).toContain("signal.cancel");
    expect(JSON.stringify(form)).not.toContain("caseContext");
    expect(JSON.stringify(form)).toContain("Begeleider/casemanager van de huurder");

    const filled = {
      rulebook: "lv-zorgafhankelijk-2025",
      type: "huurachterstand",
      tenantName: "Testhuurder Twee",
      postcode: "2266 ab",
      huisnummer: "12a",
      monthsInArrears: "3",
      amountInArrears: "1.450,50",
      courtStage: "none",
      paymentArrangement: "false",
      note: "Huurder reageert niet op brieven.",
    };
    // Without a begeleider: the same form back, saying in plain Dutch what is missing.
    const missing = await repliesOf(client, "signal.send", filled);
    expect(missing.all).toContain("Begeleider/casemanager van de huurder: vul dit in");
    expect(missing.all).not.toContain("caseContext");
    expect(valuesOf(missing.cards[0]!)["amountInArrears"]).toBe("1.450,50");

    // A slip (145050 for 1.450,50) is questioned before anything is sent.
    const slip = await repliesOf(client, "signal.send", {
      ...filled,
      supportPartyId: "lv-ribw-fonteynenburg",
      amountInArrears: "145050",
    });
    expect(slip.all).toContain("Klopt € 145.050,00 voor 3 maanden?");
    expect(inputIds(slip.cards[0]!)).toContain("amountConfirmed");

    const sent = await repliesOf(client, "signal.send", { ...filled, supportPartyId: "lv-ribw-fonteynenburg" });
    const kenmerk = /Signaal verstuurd \(kenmerk (HA-\d{4}-\d{4})\)/.exec(sent.all)?.[1];
    expect(kenmerk, sent.all).toBeDefined();
    const own = sent.cards[0]!;
    const facts: string[] = [];
    walk(own, (n) => {
      if (n["type"] === "FactSet")
        for (const f of n["facts"] as { title: string; value: string }[]) facts.push(`${f.title}: ${f.value}`);
    });
    const shown = `${allText(own)}\n${facts.join("\n")}`.replace(/\u00a0/g, " ");
    expect(shown).toContain("€ 1.450,50");
    expect(shown).toContain("Gerechtelijke fase: geen");
    expect(shown).toContain("Toelichting: Huurder reageert niet op brieven.");
    expect(shown).not.toMatch(/\bnone\b/);
    expect(shown).not.toContain("Sinds");
    expect(shown).not.toContain("Aanmaningen");
    expect(shown).toContain(`Kenmerk ${kenmerk}`);
    expect(shown).toMatch(/Signaaldatum/);
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // The kenmerk finds it back, as does the tab's eight-character short form; the list shows it.
    const byKenmerk = cardsOf(await client.say(`signaal ${kenmerk!.toLowerCase()}`))[0]!;
    expect(allText(byKenmerk)).toContain(`Kenmerk ${kenmerk}`);
    const stored = await store.signals.getByKenmerk(kenmerk!);
    const byShort = cardsOf(await client.say(`signaal ${stored!.id.slice(0, 8)}`))[0]!;
    expect(allText(byShort)).toContain(`Kenmerk ${kenmerk}`);
    const list = cardsOf(await client.say("mijn signalen"))[0]!;
    expect(allText(list)).toContain(kenmerk!);

    // Someone outside the signal finds nothing by its kenmerk.
    const outsider = new BotClient(
      app.url,
      { id: "29:demo-gemeente", aadObjectId: "00000000-0000-0000-0000-0000000000a5" },
      { serviceUrl: `${app.url}/connector` },
    );
    const outsiderSees = await outsider.say(`signaal ${kenmerk}`);
    expect(JSON.stringify(outsiderSees)).not.toContain(`Kenmerk ${kenmerk}`);
  });

  it("a KW landlord melds 'geen contact met de huurder' from Teams; the Meldpunt reads how contact was tried, in Dutch", async () => {
    const landlordKw = { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" };
    const meldpunt = { id: "29:demo-meldpunt", aadObjectId: "00000000-0000-0000-0000-0000000000a4" };
    await new BotClient(app.url, meldpunt, { serviceUrl: `${app.url}/connector` }).say("help");
    const client = new BotClient(app.url, landlordKw, { serviceUrl: `${app.url}/connector` });
    const form = (await repliesOf(client, "signal.form", { type: "geen_contact_huurder" })).cards[0]!;
    const ids = inputIds(form);
    expect(ids).toEqual(
      expect.arrayContaining(["triedTelefoon", "triedBrief", "triedEmail", "triedHuisbezoek", "lastAttemptOn", "note"]),
    );
    expect(ids).not.toContain("amountInArrears");
    expect(ids).not.toContain("kind");
    const filled = {
      rulebook: "kw-huisuitzetting-2019",
      type: "geen_contact_huurder",
      tenantName: "Testhuurder Drie",
      postcode: "2931 AB",
      huisnummer: "7",
      lastAttemptOn: "2026-11-30",
    };
    // Not one way of trying ticked: asked in plain words, nothing sent.
    const none = await repliesOf(client, "signal.send", filled);
    expect(none.all).toContain("vink aan hoe je contact hebt geprobeerd");
    const sent = await repliesOf(client, "signal.send", { ...filled, triedTelefoon: "true", triedHuisbezoek: "true" });
    const kenmerk = /Signaal verstuurd \(kenmerk (GC-\d{4}-\d{4})\)/.exec(sent.all)?.[1];
    expect(kenmerk, sent.all).toBeDefined();
    const stored = await store.signals.getByKenmerk(kenmerk!);
    expect(stored).toMatchObject({ type: "geen_contact_huurder", payload: { triedBy: ["telefoon", "huisbezoek"] } });
    const delivered = await waitFor("the no-contact card in the Meldpunt's chat", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.operation !== "update" &&
            signalCardIn(e.activity) &&
            JSON.stringify(e.activity).includes(kenmerk!),
        ),
    );
    const card = JSON.stringify(signalCardIn(delivered.activity)).replace(/\\u00a0/g, " ");
    expect(card).toContain("Geen contact met de huurder");
    expect(card).toContain("Contact geprobeerd via");
    expect(card).toContain("telefoon, huisbezoek");
    expect(card).toContain("30 november 2026");
    expect(card).not.toMatch(/triedBy|lastAttemptOn/);
  });

  it("cancelling the form sends nothing", async () => {
    const client = new BotClient(app.url, woonconsulent, { serviceUrl: `${app.url}/connector` });
    const before = (await store.signals.listForParty("lv-ribw-fonteynenburg")).length;
    const cancelled = await repliesOf(client, "signal.cancel", {});
    expect(cancelled.all).toContain("Signaal niet verstuurd");
    expect((await store.signals.listForParty("lv-ribw-fonteynenburg")).length).toBe(before);
  });
});
