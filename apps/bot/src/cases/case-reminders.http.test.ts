// Reminders before a case's term lapses and escalation after (issue 14 item 5, issue 16 item 2
// "nearly due"), with a fake clock: the app's one clock is moved, the sweep runs as the
// maintenance loop runs it, and the loopback connector records what each person received.
import { describe, expect, it } from "vitest";
import { BotClient, cardsOf, type Activity, type Card, allText } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { useTestApp } from "../testing/test-app.js";
import { sweepCaseReminders } from "../maintenance/case-reminders.js";
import { waitFor } from "../playground/testing/wait.js";
import { deliveredTo, outboxSettled } from "./testing/case-log.js";
import { lvCandidate, lvEligible } from "./testing/lv-case.js";

const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";
const begeleider = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const woonconsulent = { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const coordinator = { id: "29:test-coordinator-vidomes", aadObjectId: "00000000-0000-0000-0000-0000000000c1" };

// Monday 2 March 2026: the voordracht; LV.5.4 (offer within three months) is due 2 June 2026.
let now = new Date("2026-03-02T08:00:00Z");
const ctx = useTestApp({ workerPollMs: 50, clock: () => now });
const clients = new Map<string, BotClient>();
const client = (who: { id: string; aadObjectId: string }) => {
  if (!clients.has(who.id))
    clients.set(who.id, new BotClient(ctx.app.url, who, { serviceUrl: `${ctx.app.url}/connector` }));
  return clients.get(who.id)!;
};
const textsTo = (userId: string) =>
  ctx.app
    .playground!.getLog()
    .filter((e) => e.direction === "fromBot" && e.userId === userId && typeof e.activity?.text === "string")
    .map((e) => String(e.activity!.text));

function invokeCard(replies: Activity[]): Card {
  return (replies.find((a) => a.type === "invokeResponse") as { value: { body: { value: Card } } }).value.body.value;
}

describe("case reminders: T-10 and T-2 working days to the owner, escalation after to the coordinator, each once", () => {
  it("writes each line once into the history and delivers it to the right person, in the language each chose", async () => {
    const { store, app } = ctx;
    await store.members.upsert(
      {
        teamsUserId: coordinator.id,
        aadObjectId: coordinator.aadObjectId,
        tenantId: DEMO_TENANT,
        displayName: "Coördinator (Vidomes)",
        role: "woonconsulent",
        partyId: "lv-vidomes",
        isCoordinator: true,
      },
      { actor: "system:test" },
    );
    for (const who of [begeleider, woonconsulent, coordinator]) await client(who).say("help");
    // The owner chose English; the coordinator reads Dutch (never chose).
    await client(woonconsulent).say("taal en");
    const b = client(begeleider);
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    const { aanmeldingId, kenmerk } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    // The Vidomes woonconsulent takes the case up and assigns it to themself: the named owner.
    const w = client(woonconsulent);
    await w.execute("case.act", { aanmeldingId, action: "oppakken" });
    const self = (await store.members.byTeamsUserId(woonconsulent.id))!;
    expect(
      allText(invokeCard(await w.execute("case.act", { aanmeldingId, action: "toewijzen", assignee: self.id }))),
    ).toMatch(/Assigned to/);
    await outboxSettled(store, aanmeldingId);

    const sweepOn = async (iso: string) => {
      now = new Date(iso);
      const { written } = await sweepCaseReminders(store, now);
      const again = await sweepCaseReminders(store, now); // a second sweep the same moment: nothing more
      expect(again.written).toEqual([]);
      return written;
    };
    expect(await sweepOn("2026-05-15T07:00:00Z")).toEqual([]);
    // T-10 working days (Whit Monday 25 May does not count): both landlords of the voordracht.
    const t10 = await sweepOn("2026-05-18T07:00:00Z");
    expect(t10.sort()).toEqual([
      `herinnering:LV.5.4@2026-03-02:10:lv-vidomes`,
      `herinnering:LV.5.4@2026-03-02:10:lv-wooninvest`,
    ]);
    const first = await waitFor("T-10 reminder to the owner, in English", () =>
      textsTo(woonconsulent.id).find((t) =>
        t.startsWith(`Reminder ${kenmerk}: you have 10 working days left until 2 June 2026`),
      ),
    );
    expect(first).toMatch(/art\. 5 lid 4/);
    expect(first).not.toMatch(/Herinnering|werkdagen/);
    expect(await sweepOn("2026-05-20T07:00:00Z")).toEqual([]);
    const t2 = await sweepOn("2026-05-29T07:00:00Z");
    expect(t2.sort()).toEqual([
      `herinnering:LV.5.4@2026-03-02:2:lv-vidomes`,
      `herinnering:LV.5.4@2026-03-02:2:lv-wooninvest`,
    ]);
    await waitFor("T-2 reminder to the owner", () =>
      textsTo(woonconsulent.id).find((t) => t.startsWith(`Reminder ${kenmerk}: you have 2 working days left`)),
    );
    expect(await sweepOn("2026-06-02T07:00:00Z")).toEqual([]); // the due day itself: no escalation yet
    const late = await sweepOn("2026-06-03T07:00:00Z");
    expect(late.sort()).toEqual([
      `escalatie:LV.5.4@2026-03-02:lv-vidomes`,
      `escalatie:LV.5.4@2026-03-02:lv-wooninvest`,
    ]);
    const escalation = await waitFor("escalation to the coordinator, in Dutch", () =>
      textsTo(coordinator.id).find((t) => t.startsWith(`Escalatie ${kenmerk}`)),
    );
    expect(escalation).toMatch(/Je krijgt dit als coördinator van je partij\.$/);
    expect(await sweepOn("2026-06-10T07:00:00Z")).toEqual([]);
    await outboxSettled(store, aanmeldingId); // WoonInvest has nobody: parked as unreachable, see below

    // In the history once each, status untouched; the owner's card shows them, the begeleider's does not.
    const history = (await store.cases.get(aanmeldingId))!.history;
    expect(
      history
        .filter((h) => h.action === "herinnering" || h.action === "escalatie")
        .map((h) => `${h.action}:${h.actorPartyId}`),
    ).toEqual([
      "herinnering:lv-vidomes",
      "herinnering:lv-wooninvest",
      "herinnering:lv-vidomes",
      "herinnering:lv-wooninvest",
      "escalatie:lv-vidomes",
      "escalatie:lv-wooninvest",
    ]);
    expect(history.at(-1)!.to).toBe("in_behandeling");
    // The owner's proactive card is in English too (each person's language, issue 16 item 4).
    const ownerCard = await deliveredTo(app, woonconsulent.id, aanmeldingId, /escalated to the coordinator/);
    expect(allText(ownerCard)).toMatch(/Convenantbot: reminder: term approaching/);
    const begeleiderCard = allText(cardsOf(await b.say(`aanmelding ${kenmerk}`))[0]!);
    expect(begeleiderCard).not.toMatch(/herinnering: termijn nadert|escalatie naar/);

    // Each person got each text once; the reminders went to the named owner, not the coordinator;
    // the escalation to the coordinator, not the owner.
    const owner = textsTo(woonconsulent.id).filter((t) => t.includes(kenmerk));
    expect(owner.filter((t) => t.startsWith("Reminder"))).toHaveLength(2);
    expect(owner.filter((t) => /^(Escalation|Escalatie|Herinnering)/.test(t))).toHaveLength(0);
    const coord = textsTo(coordinator.id).filter((t) => t.includes(kenmerk));
    expect(coord).toEqual([expect.stringMatching(/^Escalatie/)]);
    // WoonInvest has no member with a chat: its reminders are parked as unreachable, not dropped.
    const parked = (await store.outbox.forRecord("aanmelding", aanmeldingId)).filter(
      (r) => r.kind === "teams.case_reminder" && r.target === "lv-wooninvest",
    );
    expect(parked).toHaveLength(3);
    expect(parked.every((r) => r.unreachableAt !== null && r.deliveredAt === null)).toBe(true);
  });
});
