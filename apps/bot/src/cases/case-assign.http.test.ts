// Take up and assign to a named colleague (issue 14 item 6, issue 16 item 1): from then on the
// party's case cards go to that colleague's personal chat only. Through /api/messages and the
// loopback connector, which records every proactive card.
import { describe, expect, it } from "vitest";
import { BotClient, cardsOf, type Activity, type Card, allText } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { useTestApp } from "../testing/test-app.js";
import { caseCardsTo, deliveredTo, outboxSettled } from "./testing/case-log.js";
import { lvCandidate, lvEligible } from "./testing/lv-case.js";

const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";
const begeleider = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const woonconsulent = { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
// A second Vidomes colleague, not in the demo data: added to the party below.
const colleague = { id: "29:test-woonconsulent-2", aadObjectId: "00000000-0000-0000-0000-0000000000b1" };

const ctx = useTestApp({ workerPollMs: 50 });
// One client per person: one personal chat each, as in Teams.
const clients = new Map<string, BotClient>();
const client = (who: { id: string; aadObjectId: string }) => {
  if (!clients.has(who.id))
    clients.set(who.id, new BotClient(ctx.app.url, who, { serviceUrl: `${ctx.app.url}/connector` }));
  return clients.get(who.id)!;
};

function invokeCard(replies: Activity[]): Card {
  const invoke = replies.find((a) => a.type === "invokeResponse") as
    { value?: { body?: { value?: Card } } } | undefined;
  return invoke!.value!.body!.value!;
}

describe("assigning a case to a named colleague", () => {
  it("sends the refreshed card to the assignee, and no new card to the other member of the party", async () => {
    const { store, app } = ctx;
    const second = await store.members.upsert(
      {
        teamsUserId: colleague.id,
        aadObjectId: colleague.aadObjectId,
        tenantId: DEMO_TENANT,
        displayName: "Tweede Woonconsulent (Vidomes)",
        role: "woonconsulent",
        partyId: "lv-vidomes",
      },
      { actor: "system:test" },
    );
    for (const who of [begeleider, woonconsulent, colleague]) await client(who).say("help");

    const b = client(begeleider);
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const { aanmeldingId } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    // Before assignment both Vidomes members have the voordracht in their personal chat.
    await deliveredTo(app, woonconsulent.id, aanmeldingId, /ingediend/);
    await deliveredTo(app, colleague.id, aanmeldingId, /ingediend/);
    await outboxSettled(store, aanmeldingId);
    const firstCount = caseCardsTo(app, woonconsulent.id, aanmeldingId).length;

    // The first woonconsulent takes it up and assigns it to the colleague, from the card.
    const w = client(woonconsulent);
    expect(allText(invokeCard(await w.execute("case.act", { aanmeldingId, action: "oppakken" })))).toMatch(
      /in behandeling/,
    );
    const assigned = invokeCard(
      await w.execute("case.act", { aanmeldingId, action: "toewijzen", assignee: second.id }),
    );
    expect(allText(assigned)).toMatch(/Tweede Woonconsulent/);
    // A retried invoke (same key in Teams; here: the same step again) writes one line.
    await w.execute("case.act", { aanmeldingId, action: "toewijzen", assignee: second.id });
    const history = (await store.cases.get(aanmeldingId))!.history;
    expect(history.filter((h) => h.action === "toewijzen")).toHaveLength(1);

    // The colleague gets the refreshed card; the begeleider (another party) still gets its own.
    await deliveredTo(app, colleague.id, aanmeldingId, /toegewezen/);
    // A later step by another party refreshes the assignee's card again.
    await b.execute("case.act", {
      aanmeldingId,
      action: "notitie",
      note: "Kandidaat is bereikbaar via mij",
      category: "process",
    });
    await deliveredTo(app, colleague.id, aanmeldingId, /Kandidaat is bereikbaar via mij/);
    await deliveredTo(app, begeleider.id, aanmeldingId, /Kandidaat is bereikbaar via mij/);
    await outboxSettled(store, aanmeldingId);

    // The oppakken refresh went to both (not yet assigned); after toewijzen nothing more to the first.
    const toFirst = caseCardsTo(app, woonconsulent.id, aanmeldingId);
    expect(toFirst.length).toBeLessThanOrEqual(firstCount + 1);
    expect(toFirst.some((x) => /toegewezen|Kandidaat is bereikbaar/.test(allText(x.card)))).toBe(false);
  });
});
