// The aanmelding as a shared case, through the real endpoint (/api/messages, expectReplies) and
// the local connector on loopback, which records every proactive card the outbox delivers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dutchToday } from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { allText, BotClient, cardsOf, textsOf, verbsOf, type Activity, type Card } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { KW_ELIGIBLE } from "../fuzz/testing/turns.js";

const user = (suffix: string, id: string) => ({ id, aadObjectId: `00000000-0000-0000-0000-0000000000${suffix}` });
const begeleider = user("a2", "29:demo-begeleider");
const woonconsulent = user("a1", "29:demo-woonconsulent");
const kwWoonconsulent = user("a6", "29:demo-woonconsulent-kw");
const meldpunt = user("a4", "29:demo-meldpunt");

const lvEligible = {
  residentOf: "Leidschendam-Voorburg",
  yearsResident: 7,
  yearsResidentInLast10: 7,
  minorChildren: 0,
  receivesSupport: true,
  canFindHousingAlone: false,
  wlzFinanced: false,
  transgressiveBehaviour: false,
  validId: true,
  registeredWoonnet: true,
  hasSuitableHousing: false,
  needsIntramuralCare: false,
  canLiveIndependently: true,
  financiallySelfReliant: true,
  incomeCoversRent: true,
  hasProblemDebts: false,
  agreedSupportPlan: true,
  budgetManagement: true,
  evictedLast3Years: false,
  tbsMeasure: false,
  targetLandlord: "Vidomes",
};
const lvCandidate = {
  name: "Jan de Vries",
  dateOfBirth: "1988-04-12",
  contactVia: "begeleider",
  instelling: "Kliniek De Horst, beschermd wonen",
  intramuralCareEndsOn: "2027-02-01",
};

let store: Store;
let app: RunningApp;
const client = (who: { id: string; aadObjectId: string }) =>
  new BotClient(app.url, who, { serviceUrl: `${app.url}/connector` });
// The caseworker's calendar day, as the product counts it: between 22:00 and 24:00 UTC the
// Dutch day is already the next one, and an offer dated the UTC day falls before the voordracht.
const today = () => dutchToday(new Date());

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  // Each caseworker has talked to the bot once in a personal chat: the outbox can reach them.
  for (const who of [begeleider, woonconsulent, kwWoonconsulent, meldpunt]) await client(who).say("help");
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const caseCardIn = (activity: object | undefined): Card | undefined =>
  (((activity as { attachments?: unknown } | undefined)?.attachments ?? []) as { content: Card }[])
    .map((a) => a.content)
    .find((c) => verbsOf(c).includes("case.refresh"));

/** The newest case card the connector delivered to a user (posted or updated in place) that matches. */
async function deliveredTo(userId: string, aanmeldingId: string, matching: RegExp): Promise<Card> {
  const entry = await waitFor(`case card for ${userId} matching ${matching}`, () =>
    app
      .playground!.getLog()
      .filter(
        (e) =>
          e.direction === "fromBot" &&
          e.userId === userId &&
          caseCardIn(e.activity) &&
          JSON.stringify(caseCardIn(e.activity)).includes(aanmeldingId),
      )
      .reverse()
      .find((e) => matching.test(allText(caseCardIn(e.activity)!))),
  );
  return caseCardIn(entry.activity)!;
}

function invokeCard(replies: Activity[]): Card {
  const invoke = replies.find((a) => a.type === "invokeResponse") as
    { value?: { body?: { value?: Card } } } | undefined;
  return invoke!.value!.body!.value!;
}

/** What the invoke answered as text: a refused step answers with a message, the clicked card stays. */
function invokeText(replies: Activity[]): string {
  const value = (
    replies.find((a) => a.type === "invokeResponse") as
      { value?: { body?: { type?: string; value?: unknown } } } | undefined
  )?.value?.body;
  return value?.type === "application/vnd.microsoft.activity.message" && typeof value.value === "string"
    ? value.value
    : "";
}

describe("LV: begeleider -> Vidomes -> offer -> acceptance -> lease -> evaluation due", () => {
  it("the whole chain, each party seeing what it may", async () => {
    const b = client(begeleider);
    const first = cardsOf(await b.say("nieuwe aanmelding lv"))[0]!;
    const { last } = await driveIntake(b, first, lvEligible);
    expect(verbsOf(last)).toContain("intake.choose");
    const { review, aanmeldingId, own } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    // The review said what Vidomes will see before anything was sent: not the instelling.
    expect(allText(review)).toMatch(/Stichting Vidomes/);
    expect(allText(own)).toMatch(/ingediend/);

    // The Vidomes woonconsulent gets the voordracht in its personal chat, without care data.
    const voordracht = await deliveredTo(woonconsulent.id, aanmeldingId, /ingediend/);
    const seen = JSON.stringify(voordracht);
    expect(seen).toMatch(/Jan de Vries/);
    expect(seen).toMatch(/Vermoedelijke einddatum intramurale zorg/); // LV art. 5 lid 3
    expect(seen).not.toMatch(/Kliniek De Horst/); // LV art. 10 lid 6
    expect(seen).toMatch(/art\. 5 lid 4/); // the three-month offer term runs from the voordracht
    expect(JSON.stringify(voordracht)).toMatch(/"action":"aanbod_doen"/);

    // Vidomes records the offer from its card.
    const w = client(woonconsulent);
    const afterOffer = invokeCard(await w.execute("case.act", { aanmeldingId, action: "aanbod_doen", on: today() }));
    expect(allText(afterOffer)).toMatch(/aanbod gedaan/);
    // A retried invoke (same activity would be the same key; a second click is the same step) changes nothing.
    const again = await w.execute("case.act", { aanmeldingId, action: "aanbod_doen", on: today() });
    expect(allText(invokeCard(again)) + textsOf(again).join(" ")).toMatch(/Al gedaan|aanbod gedaan/);

    // The begeleider's copy is refreshed: "aanbod gedaan", and it records the acceptance.
    await deliveredTo(begeleider.id, aanmeldingId, /aanbod gedaan/);
    const accepted = invokeCard(await b.execute("case.act", { aanmeldingId, action: "aanvaarden" }));
    expect(allText(accepted)).toMatch(/aanbod aanvaard/);

    // Only the landlord may record the lease; then the evaluation term runs from the lease start.
    const refused = await b.execute("case.act", { aanmeldingId, action: "huurovereenkomst", on: today() });
    expect(textsOf(refused).join(" ") + invokeText(refused)).toMatch(/mag alleen door: verhuurder/);
    const leased = invokeCard(await w.execute("case.act", { aanmeldingId, action: "huurovereenkomst", on: today() }));
    expect(allText(leased)).toMatch(/geplaatst/);
    const placed = await deliveredTo(begeleider.id, aanmeldingId, /geplaatst/);
    expect(allText(placed)).toMatch(/art\. 4 lid 9/);
    expect(allText(placed)).toMatch(/art\. 5 lid 11/);
    expect(JSON.stringify(placed)).toMatch(/"action":"evalueren"/);

    const history = (await store.cases.get(aanmeldingId))!.history.map((h) => h.to);
    expect(history).toEqual(["ingediend", "aanbod_gedaan", "aanvaard", "geplaatst"]);

    // The Vidomes woonconsulent's work queue in the tab lists the case sent to its party.
    const tab = await fetch(`${app.url}/api/tab/aanmeldingen`, {
      headers: { "x-convenantbot-demo-user": woonconsulent.id },
    });
    expect(tab.status).toBe(200);
    const items = ((await tab.json()) as { items: { id: string; relation: string; caseStatus?: string }[] }).items;
    expect(items.find((i) => i.id === aanmeldingId)).toMatchObject({ relation: "ontvangen", caseStatus: "geplaatst" });

    // Another region's landlord has no part in it and learns nothing.
    const outsider = await client(kwWoonconsulent).execute("case.act", {
      aanmeldingId,
      action: "notitie",
      note: "x",
      category: "process",
    });
    expect(textsOf(outsider).join(" ") + invokeText(outsider)).toMatch(
      /bestaat niet of je partij heeft er geen rol in/,
    );

    // Each person has one live card per case in each of their chats: updates, not new posts
    // (the cards the outbox posted; a turn's own answers are replies).
    const posts = app
      .playground!.getLog()
      .filter(
        (e) =>
          e.userId === woonconsulent.id &&
          e.direction === "fromBot" &&
          e.operation === "post" &&
          JSON.stringify(caseCardIn(e.activity) ?? null).includes(aanmeldingId),
      );
    const perChat = new Map<string, number>();
    for (const e of posts) perChat.set(e.conversationId, (perChat.get(e.conversationId) ?? 0) + 1);
    expect(posts.length).toBeGreaterThan(0);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
  });
});

describe("the landlords' offers API writes into the same case history", () => {
  it("only a landlord the case was sent to records an offer; the begeleider's card shows it", async () => {
    const meta = { actor: "system:test" };
    const vidomesKey = (await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "test" }, meta)).token;
    const duivenvoordeKey = (
      await store.apiCredentials.issue({ partyId: "lv-stichting-duivenvoorde", label: "test" }, meta)
    ).token;
    const b = client(begeleider);
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const { aanmeldingId } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    const offer = (key: string) =>
      fetch(`${app.url}/api/aanmeldingen/${aanmeldingId}/offers`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ offeredOn: today() }),
      });
    // Stichting Duivenvoorde is a landlord of the rulebook, but this voordracht went to the Woonnet landlords (issue 17).
    const recipients = (await store.cases.get(aanmeldingId))!.recipients.map((r) => r.partyId);
    expect(recipients).toContain("lv-vidomes");
    expect(recipients).not.toContain("lv-stichting-duivenvoorde");
    const foreign = await offer(duivenvoordeKey);
    expect(foreign.status).toBe(403);
    expect(await store.housingOffers.listForAanmelding(aanmeldingId)).toEqual([]);
    const own = await offer(vidomesKey);
    expect(own.status).toBe(201);
    expect((await store.cases.get(aanmeldingId))!.history.map((h) => [h.action, h.actorPartyId])).toEqual([
      ["indienen", "lv-ribw-fonteynenburg"],
      ["aanbod_doen", "lv-vidomes"],
    ]);
    await deliveredTo(begeleider.id, aanmeldingId, /aanbod gedaan/);

    // The same case through the partner API: Vidomes sees the candidate without care data.
    const seen = await fetch(`${app.url}/api/cases/${aanmeldingId}`, {
      headers: { authorization: `Bearer ${vidomesKey}` },
    });
    expect(seen.status).toBe(200);
    const view = (await seen.json()) as { status: string; candidate: Record<string, unknown>; yourRoles: string[] };
    expect(view).toMatchObject({
      status: "aanbod_gedaan",
      yourRoles: ["verhuurder"],
      candidate: { name: "Jan de Vries", intramuralCareEndsOn: "2027-02-01" },
    });
    expect(view.candidate["instelling"]).toBeUndefined();
    expect(
      (await fetch(`${app.url}/api/cases/${aanmeldingId}`, { headers: { authorization: `Bearer ${duivenvoordeKey}` } }))
        .status,
    ).toBe(403);
    // A step by API, retried with the same Idempotency-Key: one history line.
    const step = () =>
      fetch(`${app.url}/api/cases/${aanmeldingId}/steps`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${vidomesKey}`,
          "idempotency-key": "note-1",
        },
        body: JSON.stringify({ type: "notitie", note: "Intake gepland", category: "process" }),
      });
    expect((await step()).status).toBe(201);
    expect((await step()).status).toBe(200);
    expect((await store.cases.get(aanmeldingId))!.history.filter((h) => h.action === "notitie")).toHaveLength(1);
    const refused = await fetch(`${app.url}/api/cases/${aanmeldingId}/steps`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${vidomesKey}` },
      body: JSON.stringify({ type: "intrekken", reason: "x" }),
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await refused.json())).toMatch(/mag alleen door: aanmelder/);
  });
});

describe("KW: woonconsulent -> Meldpunt records kwetsbaarheid", () => {
  it("the Meldpunt gets the aanmelding, takes it up and records kwetsbaarheid; the landlord's copy carries its duty", async () => {
    const k = client(kwWoonconsulent);
    const first = cardsOf(await k.say("nieuwe aanmelding"))[0]!;
    await driveIntake(k, first, KW_ELIGIBLE);
    const { aanmeldingId, own } = await chooseAndSubmit(
      k,
      "kw-meldpunt-ggd-hm",
      {
        name: "Fatima El Amrani",
        dateOfBirth: "1979-09-30",
        contactVia: "kandidaat",
        phone: "06 12345678",
        currentAddress: "Dorpsstraat 3, Schoonhoven",
      },
      "execute",
    );
    expect(allText(own)).toMatch(/incasso opgeschort, geen rente of kosten/);

    const card = await deliveredTo(meldpunt.id, aanmeldingId, /ingediend/);
    expect(JSON.stringify(card)).toMatch(/Fatima El Amrani/);
    const m = client(meldpunt);
    expect(allText(invokeCard(await m.execute("case.act", { aanmeldingId, action: "oppakken" })))).toMatch(
      /in behandeling/,
    );
    const recorded = invokeCard(
      await m.execute("case.act", { aanmeldingId, action: "kwetsbaarheid_vastleggen", established: "true" }),
    );
    expect(allText(recorded)).toMatch(/kwetsbaarheid vastgelegd — vastgesteld/);
    const landlordSees = await deliveredTo(kwWoonconsulent.id, aanmeldingId, /kwetsbaarheid vastgelegd/);
    expect(allText(landlordSees)).toMatch(/in behandeling/);
  });
});

describe("the case kenmerk (LV-2026-0012): on the receipt and card, accepted wherever a kenmerk is asked", () => {
  it("names the case in the receipt, the card, the API (GET by kenmerk) and the chat ('aanmelding <kenmerk>')", async () => {
    const b = client(begeleider);
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const { aanmeldingId, kenmerk, own } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(new Date());
    expect(kenmerk).toMatch(new RegExp(`^LV-${year}-\\d{4}$`));
    expect(allText(own)).toContain(`Aanmelding ${kenmerk}`);
    expect((await store.cases.get(aanmeldingId))!.aanmelding.kenmerk).toBe(kenmerk);
    // The landlord's copy carries the same kenmerk.
    expect(allText(await deliveredTo(woonconsulent.id, aanmeldingId, /ingediend/))).toContain(kenmerk);
    // The partner API accepts the kenmerk where the id is asked, typed loosely too; the id stays the uuid.
    const vidomesKey = (
      await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "kenmerk" }, { actor: "system:test" })
    ).token;
    const loose = kenmerk.toLowerCase().replace(/-0+/, "-");
    const seen = await fetch(`${app.url}/api/cases/${loose}`, { headers: { authorization: `Bearer ${vidomesKey}` } });
    expect(seen.status).toBe(200);
    expect(await seen.json()).toMatchObject({ id: aanmeldingId, kenmerk });
    // In the chat: "aanmelding <kenmerk>" shows the case card, for a party with a part in it only.
    const shown = cardsOf(await client(woonconsulent).say(`aanmelding ${kenmerk}`));
    expect(shown.map(allText).join(" ")).toContain(`Aanmelding ${kenmerk}`);
    const outsider = await client(kwWoonconsulent).say(`aanmelding ${kenmerk}`);
    expect(cardsOf(outsider)).toHaveLength(0);
    expect(textsOf(outsider).join(" ")).toMatch(/bestaat niet of je partij heeft er geen rol in/);
    // A kenmerk that does not exist answers the same, so an outsider learns nothing.
    expect(textsOf(await client(woonconsulent).say("aanmelding LV-1999-0001")).join(" ")).toMatch(
      /bestaat niet of je partij heeft er geen rol in/,
    );
  });
});

describe("help, the intake summary and the receipt say what happens after submit (from the hand-off table)", () => {
  it("names the recipients with their article before and after submit", async () => {
    const { handoffTable } = await import("@convenantbot/domain");
    const b = client(begeleider);
    const help = cardsOf(await b.say("help"))[0]!;
    const helpText = JSON.stringify(help);
    expect(helpText).toMatch(/Wat gebeurt er na indienen\?/);
    // Every LV convenantwoning row's article is named, without a text written per rulebook.
    for (const row of handoffTable.filter((r) => r.rulebooks.includes("lv-zorgafhankelijk-2025")))
      expect(helpText).toContain(row.article);
    expect(helpText).toMatch(/de gekozen ondersteunende partij/);

    const { last } = await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const summary = allText(last);
    const vidomesRow = handoffTable.find((r) => r.id === "LV.5.3.WOONNET")!; // no landlord asked: the Woonnet landlords
    expect(summary).toMatch(/Na indienen gaat de aanmelding naar/);
    expect(summary).toContain(`Stichting Vidomes`);
    expect(summary).toContain(`(verhuurder; ${vidomesRow.article})`);
    expect(summary).toMatch(/en naar de ondersteunende partij die je hieronder kiest/);

    const { own } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    const receipt = allText(own);
    expect(receipt).toMatch(/Wat er nu gebeurt/);
    expect(receipt).toContain(`${vidomesRow.reason.nl} (${vidomesRow.article})`);
    // In English the same, from the same table.
    await b.say("taal en");
    expect(JSON.stringify(cardsOf(await b.say("help"))[0])).toMatch(/What happens after submit\?/);
    await b.say("taal nl");
  });
});

describe("the tab's work queue acts on cases (POST /api/tab/aanmeldingen/:id/steps)", () => {
  it("lists a new voordracht with its kenmerk and steps, takes it up, assigns it to me and adds a note, idempotently", async () => {
    const b = client(begeleider);
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const { aanmeldingId, kenmerk } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    const asUser = (userId: string) => ({ "x-convenantbot-demo-user": userId, "content-type": "application/json" });
    type Row = {
      id: string;
      kenmerk?: string;
      newVoordracht?: boolean;
      assignedToMe?: boolean;
      caseActions?: string[];
      caseStatus?: string;
    };
    const queue = async (userId: string) =>
      (
        (await (await fetch(`${app.url}/api/tab/aanmeldingen`, { headers: asUser(userId) })).json()) as { items: Row[] }
      ).items.find((i) => i.id === aanmeldingId);
    const step = (userId: string, body: object, key?: string) =>
      fetch(`${app.url}/api/tab/aanmeldingen/${kenmerk}/steps`, {
        method: "POST",
        headers: { ...asUser(userId), ...(key ? { "idempotency-key": key } : {}) },
        body: JSON.stringify(body),
      });

    const before = await queue(woonconsulent.id);
    expect(before).toMatchObject({ kenmerk, newVoordracht: true, assignedToMe: false });
    expect(before!.caseActions).toEqual(expect.arrayContaining(["oppakken", "toewijzen", "notitie", "aanbod_doen"]));
    const taken = await step(woonconsulent.id, { type: "oppakken" }, "tab-1");
    expect(taken.status).toBe(201);
    expect(await taken.json()).toMatchObject({ id: aanmeldingId, caseStatus: "in_behandeling", noop: false });
    expect((await step(woonconsulent.id, { type: "oppakken" }, "tab-1")).status).toBe(200); // a retried click
    expect((await step(woonconsulent.id, { type: "toewijzen", assigneeMemberId: "me" })).status).toBe(201);
    expect(
      (await step(woonconsulent.id, { type: "notitie", note: "Bezichtiging gepland", category: "process" })).status,
    ).toBe(201);
    const after = await queue(woonconsulent.id);
    expect(after).toMatchObject({ newVoordracht: false, assignedToMe: true, caseStatus: "in_behandeling" });
    const history = (await store.cases.get(aanmeldingId))!.history.map((h) => h.action);
    expect(history).toEqual(["indienen", "oppakken", "toewijzen", "notitie"]);
    // A step the lifecycle table does not give this party is refused and changes nothing.
    const refused = await step(woonconsulent.id, { type: "intrekken", reason: "x" });
    expect([403, 422]).toContain(refused.status);
    expect(JSON.stringify(await refused.json())).toMatch(/mag alleen door: aanmelder/);
    // A party with no part in the case learns nothing.
    const outsider = await step(kwWoonconsulent.id, { type: "notitie", note: "x", category: "process" });
    expect(outsider.status).toBe(403);
    expect((await store.cases.get(aanmeldingId))!.history).toHaveLength(4);
  });
});

describe("the caseworker's own dossier number (issue 15 item 7): stored, shown to the sending party only, accepted where a kenmerk is asked", () => {
  it("is given in the details step, shown on the sender's review, card, list and tab, never to the landlord, and finds the case for the sender only", async () => {
    const b = client(begeleider);
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const form = cardsOf(await b.submit("intake.choose", { supportPartyId: "lv-ribw-fonteynenburg" })).at(-1)!;
    expect(JSON.stringify(form)).toMatch(/Je eigen dossiernummer \(optioneel\)/);
    // Not a dossier number: the form comes back with a plain reason, nothing is kept.
    const refused = await b.submit("intake.details", { ...lvCandidate, ownReference: "-; drop" });
    expect(textsOf(refused).join(" ")).toMatch(/Eigen dossiernummer: gebruik letters, cijfers/);
    expect(verbsOf(cardsOf(refused).at(-1)!)).toContain("intake.details");
    const { review, aanmeldingId, kenmerk, own } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", {
      ...lvCandidate,
      ownReference: "D-2024/118",
    });
    expect(JSON.stringify(review)).toContain("D-2024/118");
    expect(allText(own)).toContain("Je eigen dossiernummer: D-2024/118");
    expect((await store.cases.get(aanmeldingId))!.aanmelding.ownReference).toBe("D-2024/118");
    // The landlord's card names the case by its kenmerk only.
    const landlordCard = await deliveredTo(woonconsulent.id, aanmeldingId, /ingediend/);
    expect(allText(landlordCard)).toContain(kenmerk);
    expect(JSON.stringify(landlordCard)).not.toContain("D-2024/118");
    // "aanmelding <eigen nummer>", typed loosely, finds it for the sender; for the landlord it is no handle at all.
    expect(
      cardsOf(await b.say("aanmelding d-2024/118"))
        .map(allText)
        .join(" "),
    ).toContain(`Aanmelding ${kenmerk}`);
    const landlordTries = await client(woonconsulent).say("aanmelding D-2024/118");
    expect(cardsOf(landlordTries)).toHaveLength(0);
    expect(textsOf(landlordTries).join(" ")).toMatch(/bestaat niet of je partij heeft er geen rol in/);
    // The sender's own list and tab show it; the landlord's tab does not.
    expect(
      cardsOf(await b.say("mijn aanmeldingen"))
        .map(allText)
        .join(" "),
    ).toContain("je nr. D-2024/118");
    const tabOf = async (who: { id: string }) =>
      (
        (await (
          await fetch(`${app.url}/api/tab/aanmeldingen`, { headers: { "x-convenantbot-demo-user": who.id } })
        ).json()) as { items: { id: string; ownReference?: string }[] }
      ).items.find((i) => i.id === aanmeldingId);
    expect(await tabOf(begeleider)).toMatchObject({ ownReference: "D-2024/118" });
    const landlordRow = await tabOf(woonconsulent);
    expect(landlordRow).toBeDefined();
    expect(landlordRow).not.toHaveProperty("ownReference");
  });
});
