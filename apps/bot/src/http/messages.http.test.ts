import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { allText, BotClient, cardsOf, textsOf, verbsOf } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { startTestApp } from "../testing/test-app.js";

const landlord = { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" };

// An illustrative KW household that keeps every condition (seed 001 has no worked cases).
const kwEligible = {
  landlordCorporation: "kw-quawonen",
  notSelfReliant: true,
  opiumActViolation: false,
  illegalOccupation: false,
  hasResidenceStatus: true,
  extremeNuisance: false,
  hasLegalIncome: true,
  willingToCooperate: true,
  paysCurrentRent: true,
  minorChildren: 2,
};

let store: Store;
let app: RunningApp;

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("POST /api/messages with deliveryMode expectReplies", () => {
  it("answers help with the help card", async () => {
    const client = new BotClient(app.url, landlord);
    const cards = cardsOf(await client.say("help"));
    expect(allText(cards[0]!)).toMatch(/nieuwe aanmelding/);
  });

  it("an unknown user is told whom to ask, and nothing else", async () => {
    const client = new BotClient(app.url, { id: "29:stranger", aadObjectId: "00000000-0000-0000-0000-00000000dead" });
    const replies = await client.say("nieuwe aanmelding");
    expect(cardsOf(replies)).toEqual([]);
    expect(textsOf(replies).join(" ")).toMatch(/convenantcoördinator/);
  });

  it("a tenant outside the allow-list is refused", async () => {
    const client = new BotClient(app.url, landlord, { tenantId: "11111111-1111-1111-1111-111111111111" });
    const replies = await client.say("help");
    expect(cardsOf(replies)).toEqual([]);
    expect(textsOf(replies).join(" ")).toMatch(/niet aangesloten/);
  });

  it("a KW intake by a landlord's caseworker runs to an aanmelding stored with its decision", async () => {
    const client = new BotClient(app.url, landlord);
    const first = cardsOf(await client.say("nieuwe aanmelding"));
    expect(verbsOf(first[0]!)).toContain("intake.answer");
    const { last, asked } = await driveIntake(client, first[0]!, kwEligible);
    // KW asks first whether the tenant rents from a signatory corporation (the convenant's scope).
    expect(asked.slice(0, 2)).toEqual(["landlordCorporation", "notSelfReliant"]);
    expect(asked).not.toContain("vulnerabilityEstablished");
    expect(verbsOf(last)).toContain("intake.choose");
    expect(allText(last)).toMatch(/Meldpunt Zorg en Overlast/);
    const { submitted } = await chooseAndSubmit(client, "kw-meldpunt-ggd-hm");
    expect(textsOf(submitted).join(" ")).toMatch(/Aanmelding ingediend.*Meldpunt Zorg en Overlast/);
    const caseworker = await store.members.byTeamsUserId(landlord.id);
    const cases = await store.aanmeldingen.list({ createdBy: caseworker!.id });
    expect(cases[0]).toMatchObject({
      rulebook: "kw-huisuitzetting-2019",
      supportPartyId: "kw-meldpunt-ggd-hm",
      outcome: "eligible",
    });
    const decision = cases[0]?.decision;
    expect(decision && "reasons" in decision ? decision.reasons.map((r) => r.code) : []).toContain(
      "KW.VW.LOPENDE_HUUR",
    );
  });

  it("Teams Action.Execute gets an invoke response with the next card", async () => {
    const client = new BotClient(app.url, landlord);
    await client.say("nieuwe aanmelding");
    const replies = await client.execute("intake.answer", {
      fact: "landlordCorporation",
      landlordCorporation: "kw-quawonen",
    });
    const invokeResponse = replies.find((a) => a.type === "invokeResponse") as
      { value?: { status: number; body: { type: string; value: { body: unknown[] } } } } | undefined;
    expect(invokeResponse?.value?.status).toBe(200);
    expect(invokeResponse?.value?.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(verbsOf(invokeResponse!.value!.body.value as never)).toContain("intake.answer");
  });

  it("the snelcheck message extension opens the form in a dialog and answers there (Action.Submit for dialogs)", async () => {
    const client = new BotClient(app.url, landlord);
    type TaskBody = { task: { type: string; value: { card: { content: unknown } } } };
    const invokeBody = (replies: { type: string; value?: unknown }[]) =>
      (replies.find((a) => a.type === "invokeResponse")?.value as { status: number; body: TaskBody }).body;
    const fetch = invokeBody(
      await client
        .post({ type: "invoke", name: "composeExtension/fetchTask", value: { commandId: "snelcheck" } })
        .then((r) => r.activities),
    );
    expect(fetch.task.type).toBe("continue");
    const form = JSON.stringify(fetch.task.value.card.content);
    expect(form).toContain('"Action.Submit"');
    expect(form).toContain('"verb":"snelcheck.submit"');
    expect(form).not.toContain("Action.Execute");
    const submitted = invokeBody(
      await client
        .post({
          type: "invoke",
          name: "composeExtension/submitAction",
          value: {
            commandId: "snelcheck",
            data: {
              verb: "snelcheck.submit",
              rulebook: "kw-huisuitzetting-2019",
              asOf: "2026-03-01",
              opiumActViolation: "true",
            },
          },
        })
        .then((r) => r.activities),
    );
    expect(JSON.stringify(submitted.task.value.card.content)).toContain("KW.EXCL.OPIUMWET");
  });
});
