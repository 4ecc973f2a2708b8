import { MemoryStorage, TestAdapter, type Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import type { BotPorts, Caseworker, NewAanmelding } from "../ports.js";
import { ConvenantBot } from "./convenant-bot.js";

const TENANT = "00000000-0000-0000-0000-000000000001";
const meldpuntWorker: Caseworker = {
  id: "11111111-1111-4111-8111-111111111111",
  displayName: "Test",
  partyId: "kw-meldpunt-ggd-hm",
  partyName: "GGD Hollands-Midden (Meldpunt Zorg en Overlast)",
  role: "meldpunt",
  coordinator: true,
};

/** In-memory ports: the dialog is tested without a database, through botbuilder's TestAdapter. */
function memoryPorts(): BotPorts & { created: NewAanmelding[] } {
  const created: NewAanmelding[] = [];
  return {
    created,
    storage: new MemoryStorage(),
    findCaseworker: async (id) => (id === "29:test" ? meldpuntWorker : undefined),
    partyName: async () => undefined,
    createAanmelding: async (input) => {
      created.push(input);
      return { id: `aanmelding-${created.length}` };
    },
    listAanmeldingen: async () => [],
    ownAanmelding: async () => undefined,
    saveConversationReference: async () => undefined,
    forgetConversation: async () => undefined,
    configureChannel: async () => undefined,
  };
}

function adapterFor(ports: BotPorts) {
  const bot = new ConvenantBot({ ports, logger: createLogger("silent"), allowedTenants: [TENANT] });
  return new TestAdapter(async (context) => bot.run(context), {
    channelId: "msteams",
    from: { id: "29:test", name: "Test" },
    conversation: { id: "dialog-test", isGroup: false, conversationType: "personal", tenantId: TENANT, name: "" },
  } as never);
}

const message = (text: string): Partial<Activity> => ({
  type: "message",
  text,
  channelData: { tenant: { id: TENANT } },
});
const cardText = (activity: Partial<Activity>) =>
  JSON.stringify(activity.attachments?.[0]?.content ?? activity.text ?? "");

describe("ConvenantBot dialog (botbuilder TestAdapter)", () => {
  it("runs a KW intake answered by typing, corrects an answer with 'terug', and stores the aanmelding", async () => {
    const ports = memoryPorts();
    const answers = ["ja", "nee", "nee", "ja", "nee", "ja", "ja", "ja", "0"];
    let flow = adapterFor(ports)
      .send(message("nieuwe aanmelding"))
      // KW asks first for the tenant's corporation (the convenant covers its signatories' tenants).
      .assertReply((a) => expect(cardText(a)).toContain("landlordCorporation"))
      .send(message("kw-quawonen"))
      .assertReply((a) => expect(cardText(a)).toContain("notSelfReliant"))
      .send(message("ja"))
      .assertReply((a) => expect(cardText(a)).toContain("opiumActViolation"))
      .send(message("terug"))
      .assertReply((a) => expect(cardText(a)).toContain("notSelfReliant"));
    for (const [i, answer] of answers.entries()) {
      flow = flow.send(message(answer)).assertReply((a) => {
        if (i === answers.length - 1) expect(cardText(a)).toContain("intake.choose");
      });
    }
    await flow
      .send({
        type: "message",
        value: { verb: "intake.choose", supportPartyId: "kw-meldpunt-ggd-hm" },
        channelData: { tenant: { id: TENANT } },
      })
      .assertReply((a) => expect(a.text).toMatch(/Aanmelding opgeslagen/));
    expect(ports.created).toHaveLength(1);
    expect(ports.created[0]?.decision.outcome).toBe("eligible");
    expect(ports.created[0]?.supportPartyId).toBe("kw-meldpunt-ggd-hm");
  });

  it("stops at a failed exclusion and shows why, without asking further", async () => {
    const ports = memoryPorts();
    await adapterFor(ports)
      .send(message("nieuwe aanmelding"))
      // KW asks first for the tenant's corporation (the convenant covers its signatories' tenants).
      .assertReply((a) => expect(cardText(a)).toContain("landlordCorporation"))
      .send(message("kw-quawonen"))
      .assertReply((a) => expect(cardText(a)).toContain("notSelfReliant"))
      .send(message("ja"))
      .assertReply((a) => expect(cardText(a)).toContain("opiumActViolation"))
      .send(message("ja"))
      .assertReply((a) => {
        expect(cardText(a)).toContain("KW.EXCL.OPIUMWET");
        expect(cardText(a)).not.toContain("intake.answer");
      });
    expect(ports.created).toHaveLength(0);
  });

  it("switches language and answers in English", async () => {
    await adapterFor(memoryPorts())
      .send(message("taal en"))
      .assertReply((a) => expect(a.text).toMatch(/English/i))
      .send(message("blabla"))
      .assertReply((a) => expect(a.text).toMatch(/did not understand/));
  });
});
