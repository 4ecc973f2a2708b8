import { describe, expect, it } from "vitest";
import { BotClient, DEMO_TENANT, cardsOf, textsOf, verbsOf, type Activity, type Card } from "../testing/bot-client.js";
import { startTestApp, useTestApp } from "../testing/test-app.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";

// Teams conventions and "no card is ever wiped" (issue 16), through POST /api/messages.

const landlord = { id: demo.woonconsulentKw.teamsUserId, aadObjectId: demo.woonconsulentKw.aadObjectId };
const begeleider = { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId };

const ctx = useTestApp({ worker: false });

type InvokeBody = {
  status: number;
  body?: { type?: string; value?: unknown; task?: { type: string; value: unknown } };
};
const invokeOf = (activities: Activity[]) =>
  (activities.find((a) => a.type === "invokeResponse") as { value?: InvokeBody } | undefined)?.value;

/** What the clicked card becomes: a card with real content, or a message (the card stays). */
function answerKind(invoke: InvokeBody | undefined): "card" | "message" | "wiped" {
  if (invoke?.body?.type === "application/vnd.microsoft.activity.message")
    return typeof invoke.body.value === "string" && invoke.body.value ? "message" : "wiped";
  const card = invoke?.body?.value as Card | undefined;
  const text = JSON.stringify(card?.body ?? []);
  return card?.type === "AdaptiveCard" && text.length > 40 && !/^\[\{"type":"TextBlock","text":"✓"/.test(text)
    ? "card"
    : "wiped";
}

describe("Action.Execute never wipes the clicked card", () => {
  const kwAnswers: Record<string, string> = {
    landlordCorporation: "kw-quawonen",
    notSelfReliant: "true",
    opiumActViolation: "false",
    illegalOccupation: "false",
    hasResidenceStatus: "true",
    extremeNuisance: "false",
    hasLegalIncome: "true",
    willingToCooperate: "true",
    paysCurrentRent: "true",
    minorChildren: "2",
  };

  async function intakeAtChoice(client: BotClient): Promise<void> {
    let card = cardsOf(await client.say("nieuwe aanmelding kw"))[0]!;
    for (let i = 0; i < 20 && !verbsOf(card).includes("intake.choose"); i++) {
      const fact = JSON.stringify(card).match(/"fact":"(\w+)"/)?.[1] ?? "";
      card =
        (invokeOf(await client.execute("intake.answer", { fact, [fact]: kwAnswers[fact] ?? "false" }))?.body
          ?.value as Card) ?? card;
    }
    expect(verbsOf(card)).toContain("intake.choose");
  }

  const cases: {
    verb: string;
    setup?: (c: BotClient) => Promise<void>;
    data?: Record<string, unknown>;
    expect: "card" | "message";
    shows?: RegExp;
  }[] = [
    { verb: "intake.start", data: { rulebook: "kw-huisuitzetting-2019" }, expect: "card" },
    {
      verb: "intake.answer",
      setup: async (c) => void (await c.say("nieuwe aanmelding kw")),
      data: { fact: "notSelfReliant", notSelfReliant: "true" },
      expect: "card",
    },
    {
      verb: "intake.answer",
      setup: async (c) => void (await c.say("nieuwe aanmelding kw")),
      data: { fact: "bestaatNiet", bestaatNiet: "x" },
      expect: "card",
    },
    { verb: "intake.answer", data: { fact: "notSelfReliant" }, expect: "message", shows: /aanmelding/ },
    { verb: "intake.back", setup: async (c) => void (await c.say("nieuwe aanmelding kw")), expect: "card" },
    {
      verb: "intake.pause",
      setup: async (c) => void (await c.say("nieuwe aanmelding kw")),
      expect: "card",
      shows: /hervat/,
    },
    // "Annuleer" asks first (issue 15): the confirm card; the confirmed cancel ends in a read-only card.
    {
      verb: "intake.cancel",
      setup: async (c) => void (await c.say("nieuwe aanmelding kw")),
      expect: "card",
      shows: /Ja, annuleer/,
    },
    {
      verb: "intake.abort",
      setup: async (c) => void (await c.say("nieuwe aanmelding kw")),
      expect: "card",
      shows: /nieuwe aanmelding/,
    },
    {
      verb: "intake.choose",
      setup: intakeAtChoice,
      data: { supportPartyId: "kw-meldpunt-ggd-hm" },
      expect: "card",
      shows: /intake\.details/,
    },
    { verb: "intake.choose", setup: intakeAtChoice, data: {}, expect: "card", shows: /intake\.choose/ },
    { verb: "snelcheck.open", data: { rulebook: "kw-huisuitzetting-2019" }, expect: "card" },
    {
      verb: "snelcheck.submit",
      data: { rulebook: "kw-huisuitzetting-2019", asOf: "2026-03-01", opiumActViolation: "true" },
      expect: "card",
    },
    {
      verb: "snelcheck.submit",
      data: { rulebook: "kw-huisuitzetting-2019", asOf: "morgen" },
      expect: "card",
      shows: /Peildatum 'morgen'/,
    },
    {
      verb: "signal.bevestigen",
      data: { signalId: "00000000-0000-4000-8000-000000000000" },
      expect: "message",
      shows: /niet zien/,
    },
    { verb: "signal.refresh", data: { signalId: "00000000-0000-4000-8000-000000000000" }, expect: "message" },
    { verb: "verzonnen.werkwoord", expect: "message", shows: /help/ },
  ];

  it.each(cases)("$verb $data → $expect", async ({ verb, setup, data, expect: kind, shows }) => {
    const client = new BotClient(ctx.app.url, landlord);
    await setup?.(client);
    const invoke = invokeOf(await client.execute(verb, data ?? {}));
    expect(invoke?.status).toBe(200);
    expect(answerKind(invoke)).toBe(kind);
    if (shows) expect(JSON.stringify(invoke?.body?.value)).toMatch(shows);
  });

  it("a signal action the owner may not take keeps the live card: it is re-rendered with its refresh, the refusal beside it", async () => {
    const signal = await ctx.app.signals.submit({
      body: huurachterstand(),
      sender: { partyId: "lv-vidomes", role: "sociale_verhuurder", actor: "api:test" },
      idempotencyKey: "teams-turns-1",
      correlationId: "t",
    });
    const client = new BotClient(ctx.app.url, begeleider);
    await client.execute("signal.bevestigen", { signalId: signal.signal.id });
    const again = await client.execute("signal.bevestigen", { signalId: signal.signal.id });
    const invoke = invokeOf(again);
    expect(answerKind(invoke)).toBe("card");
    expect((invoke?.body?.value as Card)["refresh"]).toBeDefined();
  });
});

describe("Teams conventions", () => {
  const group = (conversationId: string) => ({
    id: conversationId,
    conversationType: "groupChat",
    isGroup: true,
    tenantId: DEMO_TENANT,
  });
  const mention = {
    type: "mention",
    text: "<at>Convenantbot</at>",
    mentioned: { id: "28:convenantbot", name: "Convenantbot" },
  };

  it("a message with only the mention is answered with help", async () => {
    const client = new BotClient(ctx.app.url, landlord);
    const replies = (
      await client.post({
        type: "message",
        text: "<at>Convenantbot</at> ",
        entities: [mention],
        conversation: group("19:g1@thread.v2"),
      })
    ).activities;
    expect(JSON.stringify(cardsOf(replies))).toMatch(/nieuwe aanmelding/);
  });

  it("the mention is removed from the command (removeRecipientMention)", async () => {
    const client = new BotClient(ctx.app.url, landlord);
    const replies = (
      await client.post({
        type: "message",
        text: "<at>Convenantbot</at> snelcheck kw",
        entities: [mention],
        conversation: group("19:g2@thread.v2"),
      })
    ).activities;
    expect(verbsOf(cardsOf(replies)[0]!)).toContain("snelcheck.submit");
  });

  it("welcomes only when the bot itself is added, and only after the tenant check", async () => {
    const client = new BotClient(ctx.app.url, landlord);
    const other = await client.post({
      type: "conversationUpdate",
      membersAdded: [{ id: "29:iemand-anders" }],
      conversation: group("19:g3@thread.v2"),
    });
    expect(other.activities).toEqual([]);
    const bot = await client.post({
      type: "conversationUpdate",
      membersAdded: [{ id: "28:convenantbot" }],
      conversation: group("19:g3@thread.v2"),
    });
    expect(textsOf(bot.activities).join(" ")).toMatch(/Welkom bij Convenantbot/);
    const foreign = new BotClient(ctx.app.url, landlord, { tenantId: "11111111-1111-1111-1111-111111111111" });
    const refused = await foreign.post({ type: "conversationUpdate", membersAdded: [{ id: "28:convenantbot" }] });
    expect(textsOf(refused.activities).join(" ")).not.toMatch(/Welkom/);
    expect(textsOf(refused.activities).join(" ")).toMatch(/niet aangesloten/);
  });

  it("malformed invokes are answered 400, not 501", async () => {
    const client = new BotClient(ctx.app.url, landlord);
    for (const body of [
      { type: "invoke" },
      { type: "invoke", name: "bestaat/niet" },
      { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute" } } },
      { type: "invoke", name: "composeExtension/submitAction", value: { commandId: "snelcheck", data: "geen object" } },
    ]) {
      expect(invokeOf((await client.post(body)).activities)?.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("the message extension dispatches by commandId and shows validation errors in the dialog", async () => {
    const client = new BotClient(ctx.app.url, landlord);
    const unknown = invokeOf(
      (await client.post({ type: "invoke", name: "composeExtension/fetchTask", value: { commandId: "iets-anders" } }))
        .activities,
    );
    expect(unknown?.body?.task).toMatchObject({ type: "message" });
    expect(JSON.stringify(unknown?.body?.task)).toMatch(/iets-anders/);
    const bad = invokeOf(
      (
        await client.post({
          type: "invoke",
          name: "composeExtension/submitAction",
          value: { commandId: "snelcheck", data: { rulebook: "kw-huisuitzetting-2019", asOf: "31-02-2026" } },
        })
      ).activities,
    );
    expect(bad?.body?.task?.type).toBe("continue");
    expect(JSON.stringify(bad?.body?.task?.value)).toMatch(/Peildatum '31-02-2026' is geen datum/);
  });

  it("Agents Playground's default identity (ids that are not GUIDs) gets a clear answer, never a database error", async () => {
    const playgroundDefault = new BotClient(
      ctx.app.url,
      { id: "user-id-0", aadObjectId: "00000000-0000-0000-0000-0000000000020" },
      { tenantId: "00000000-0000-0000-0000-0000000000001" },
    );
    const refused = await playgroundDefault.post({ type: "message", text: "help" });
    expect(refused.status).toBe(200);
    expect(textsOf(refused.activities).join(" ")).toMatch(
      /Agents Playground.*agents-playground\/begeleider.*m365agentsplayground\.yml/,
    );
    // Even with that tenant allowed, its ids reach no uuid column: an unknown user, clearly told.
    const allowed = await startTestApp({
      store: ctx.store,
      worker: false,
      env: { ALLOWED_TENANTS: `${DEMO_TENANT},00000000-0000-0000-0000-0000000000001` },
    });
    try {
      const turn = await new BotClient(
        allowed.url,
        { id: "user-id-0", aadObjectId: "00000000-0000-0000-0000-0000000000020" },
        { tenantId: "00000000-0000-0000-0000-0000000000001" },
      ).post({ type: "message", text: "help" });
      expect(turn.status).toBe(200);
      expect(textsOf(turn.activities).join(" ")).toMatch(/Agents Playground/);
    } finally {
      await allowed.close();
    }
  });
});
