// The sender's own dossier number on a signal (issue 15 item 7), through the real endpoints:
// the Teams form (/api/messages), the partners' API, the tab API and the search extension.
// Privacy data decides who sees it (ownReferencePolicy): the sending party, nobody else.
import { beforeAll, describe, expect, it } from "vitest";
import { BotClient, cardsOf, textsOf, walk, type Activity, type Card } from "../testing/bot-client.js";
import { useTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { demo, huurachterstand, overlast } from "../testing/signal-fixtures.js";
import { tabCall } from "../http/tab-api/testing/fixtures.js";

const ctx = useTestApp({ workerPollMs: 50 });
const OWN = "HV/2026-77";
const API_OWN = "VID.4471";

type Who = { teamsUserId: string; aadObjectId: string };
const client = (who: Who) =>
  new BotClient(
    ctx.app.url,
    { id: who.teamsUserId, aadObjectId: who.aadObjectId },
    { serviceUrl: `${ctx.app.url}/connector` },
  );

/** Every card an answer holds: the invoke's inline card (Action.Execute) and any posted ones. */
function cardsIn(activities: Activity[]): Card[] {
  const invoke = activities.find((a) => a.type === "invokeResponse") as
    { value?: { body?: { value?: Card } } } | undefined;
  const inline = invoke?.value?.body?.value;
  return [...(inline && typeof inline === "object" ? [inline] : []), ...cardsOf(activities)];
}
const shown = (activities: Activity[]) =>
  [...textsOf(activities), ...cardsIn(activities).map((c) => JSON.stringify(c))]
    .join("\n")
    .replace(/\\u00a0|\u00a0/g, " ");
const inputIds = (card: Card) => {
  const ids: string[] = [];
  walk(card, (n) => {
    if (typeof n["id"] === "string" && String(n["type"]).startsWith("Input.")) ids.push(n["id"]);
  });
  return ids;
};

let keys: { landlord: string; begeleider: string };
const api = (path: string, key: string, init: { body?: unknown; idempotencyKey?: string } = {}) =>
  fetch(`${ctx.app.url}${path}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${key}`,
      ...(init.idempotencyKey ? { "idempotency-key": init.idempotencyKey } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
const search = async (who: Who, term: string) => {
  const { activities } = await client(who).post({
    type: "invoke",
    name: "composeExtension/query",
    value: { commandId: "zoek", parameters: [{ name: "zoekterm", value: term }], queryOptions: { skip: 0, count: 25 } },
  });
  const answer = activities.find((a) => a.type === "invokeResponse") as
    { value?: { body?: { composeExtension?: { attachments?: { content: unknown }[] } } } } | undefined;
  return (answer?.value?.body?.composeExtension?.attachments ?? []).map((a) => JSON.stringify(a.content));
};

beforeAll(async () => {
  const meta = { actor: "system:test" };
  keys = {
    landlord: (await ctx.store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, meta)).token,
    begeleider: (await ctx.store.apiCredentials.issue({ partyId: "lv-ribw-fonteynenburg", label: "RIBW" }, meta)).token,
  };
  // The begeleider has a personal chat with the bot, so the signal card is delivered there.
  await client(demo.begeleider).say("help");
});

describe("the sender's own dossier number on a signal (issue 15 item 7)", () => {
  it("is asked in the Teams form, refused with a plain reason when malformed, kept, and shown on the sender's card only", async () => {
    const landlord = client(demo.woonconsulent);
    const form = cardsIn(await landlord.execute("signal.form", { type: "huurachterstand" }))[0]!;
    expect(inputIds(form)).toContain("ownReference");
    expect(JSON.stringify(form)).toContain("Je eigen dossiernummer (optioneel)");
    const filled = {
      rulebook: "lv-zorgafhankelijk-2025",
      type: "huurachterstand",
      tenantName: "Testhuurder Dossier",
      postcode: "2266 AB",
      huisnummer: "4",
      monthsInArrears: "2",
      amountInArrears: "1.450,50",
      courtStage: "none",
      supportPartyId: "lv-ribw-fonteynenburg",
    };
    const before = (await ctx.store.signals.listForParty("lv-ribw-fonteynenburg")).length;
    const refused = shown(await landlord.execute("signal.send", { ...filled, ownReference: "-; drop" }));
    expect(refused).toContain("Je eigen dossiernummer: gebruik letters, cijfers");
    expect((await ctx.store.signals.listForParty("lv-ribw-fonteynenburg")).length).toBe(before);

    const sent = await landlord.execute("signal.send", { ...filled, ownReference: OWN });
    const kenmerk = /Signaal verstuurd \(kenmerk (HA-\d{4}-\d{4})\)/.exec(shown(sent))?.[1];
    expect(kenmerk, shown(sent)).toBeDefined();
    expect(shown(sent)).toContain(`Je eigen dossiernummer: ${OWN}`);
    const stored = (await ctx.store.signals.getByKenmerk(kenmerk!))!;
    expect(stored.ownReference).toBe(OWN);
    // Beside the signal, never in what a recipient's privacy filter reads from.
    expect(JSON.stringify(stored.payload)).not.toContain(OWN);

    const delivered = await waitFor("the signal card in the begeleider's chat", () =>
      ctx.app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.userId === demo.begeleider.teamsUserId &&
            JSON.stringify(e.activity).includes(kenmerk!),
        ),
    );
    expect(JSON.stringify(delivered.activity)).toContain("Testhuurder Dossier");
    expect(JSON.stringify(delivered.activity)).not.toContain(OWN);
    expect(JSON.stringify(delivered.activity)).not.toMatch(/dossiernummer/i);

    // 'signaal <eigen nummer>', in any case, finds it for the sender; for the recipient it is no handle.
    expect(shown(await landlord.say(`signaal ${OWN.toLowerCase()}`))).toContain(`Kenmerk ${kenmerk}`);
    const recipientTries = await client(demo.begeleider).say(`signaal ${OWN}`);
    expect(cardsOf(recipientTries)).toEqual([]);
    expect(textsOf(recipientTries).join(" ")).toContain(
      `Ik vind geen signaal of aanmelding van je met kenmerk '${OWN}'`,
    );

    // The tab: the sender's row and detail carry it, the recipient's never do.
    type Row = { id: string; ownReference?: string };
    const rowOf = async (who: Who) =>
      ((await tabCall(ctx.app.url, "/api/tab/signals", { user: who.teamsUserId })).body as { items: Row[] }).items.find(
        (r) => r.id === stored.id,
      );
    expect(await rowOf(demo.woonconsulent)).toMatchObject({ ownReference: OWN });
    const recipientRow = await rowOf(demo.begeleider);
    expect(recipientRow).toBeDefined();
    expect(recipientRow).not.toHaveProperty("ownReference");
    const recipientDetail = await tabCall(ctx.app.url, `/api/tab/signals/${stored.id}`, {
      user: demo.begeleider.teamsUserId,
    });
    expect(recipientDetail.status).toBe(200);
    expect(JSON.stringify(recipientDetail.body)).not.toContain(OWN);

    // The search extension: the sender finds it by the number; the recipient finds nothing by it.
    const senderHits = await search(demo.woonconsulent, OWN.toLowerCase());
    expect(senderHits.filter((c) => c.includes(kenmerk!))).toHaveLength(1);
    // The inserted card may land in a group chat: the number is for matching only.
    expect(senderHits.join()).not.toContain(OWN);
    expect((await search(demo.begeleider, OWN)).filter((c) => c.includes(kenmerk!))).toEqual([]);
  });

  it("arrives on the partners' API and in the batch; the sender's view has it, the recipient's view never does", async () => {
    const posted = await api("/api/signals", keys.landlord, {
      body: { ...overlast(), ownReference: API_OWN },
      idempotencyKey: "own-ref-0001",
    });
    expect(posted.status, await posted.clone().text()).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    const senderView = (await (await api(`/api/signals/${id}`, keys.landlord)).json()) as { ownReference?: string };
    expect(senderView.ownReference).toBe(API_OWN);
    const recipient = await api(`/api/signals/${id}`, keys.begeleider);
    expect(recipient.status).toBe(200);
    const recipientView = (await recipient.json()) as Record<string, unknown>;
    expect(recipientView).not.toHaveProperty("ownReference");
    expect(JSON.stringify(recipientView)).not.toContain(API_OWN);
    const recipientList = await (await api("/api/signals", keys.begeleider)).text();
    expect(recipientList).toContain(id);
    expect(recipientList).not.toContain(API_OWN);

    const batch = await api("/api/signals/batch", keys.landlord, {
      body: [
        { ...huurachterstand(), ownReference: "VID.4472" },
        { ...huurachterstand({ monthsInArrears: 3 }), ownReference: "-bad" },
      ],
      idempotencyKey: "own-ref-batch-0001",
    });
    expect(batch.status).toBe(207);
    const answer = (await batch.json()) as { rows: { ok?: boolean; id?: string; issues?: { field: string }[] }[] };
    const [stored, refused] = answer.rows;
    expect((await ctx.store.signals.get(stored!.id!))!.ownReference).toBe("VID.4472");
    expect(JSON.stringify(refused)).toContain('"field":"ownReference"');

    // One signal with a malformed number is refused with 422, naming the field; nothing is stored.
    const bad = await api("/api/signals", keys.landlord, {
      body: { ...overlast(), ownReference: "x".repeat(41) },
      idempotencyKey: "own-ref-0002",
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toEqual([
      "ownReference",
    ]);
  });
});
