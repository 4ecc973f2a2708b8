import { beforeAll, describe, expect, it } from "vitest";
import { BotClient, verbsOf, walk } from "../testing/bot-client.js";
import { waitFor } from "../playground/testing/wait.js";
import { useTestApp } from "../testing/test-app.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";

const PUBLIC_URL = "https://convenantbot.example.nl";
const ctx = useTestApp({ env: { PUBLIC_URL }, workerPollMs: 50 });

type Attachment = { contentType: string; content: unknown; preview?: { content?: { title?: string; text?: string } } };
type ComposeAnswer = { type: string; text?: string; attachments?: Attachment[] };

const client = (who: { teamsUserId: string; aadObjectId: string }) =>
  new BotClient(ctx.app.url, { id: who.teamsUserId, aadObjectId: who.aadObjectId });
async function invoke(
  who: { teamsUserId: string; aadObjectId: string },
  name: string,
  value: unknown,
): Promise<{ status?: number; answer: ComposeAnswer }> {
  const { activities } = await client(who).post({ type: "invoke", name, value });
  const response = activities.find((a) => a.type === "invokeResponse") as
    { value?: { status?: number; body?: { composeExtension?: ComposeAnswer } } } | undefined;
  return { status: response?.value?.status, answer: response!.value!.body!.composeExtension! };
}
const search = (who: { teamsUserId: string; aadObjectId: string }, term: string, commandId = "zoek") =>
  invoke(who, "composeExtension/query", {
    commandId,
    parameters: [{ name: "zoekterm", value: term }],
    queryOptions: { skip: 0, count: 25 },
  });

let signalId: string;
let kenmerk: string;

beforeAll(async () => {
  // The begeleider has a personal chat with the bot, so the signal card is delivered there.
  await new BotClient(
    ctx.app.url,
    { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId },
    { serviceUrl: `${ctx.app.url}/connector` },
  ).say("help");
  const key = (
    await ctx.store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  const posted = await fetch(`${ctx.app.url}/api/signals`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "idempotency-key": "zoek-0001" },
    body: JSON.stringify(
      huurachterstand({ tenant: { name: "Testhuurder Zoekmans", postcode: "2271 AB", huisnummer: 12 } }),
    ),
  });
  expect(posted.status, await posted.clone().text()).toBe(201);
  signalId = ((await posted.json()) as { id: string }).id;
  kenmerk = (await ctx.store.signals.get(signalId))!.kenmerk!;
});

describe("search message extension and link unfurling (issue 16 item 6)", () => {
  it("the recipient finds the signal by the tenant's name and inserts a card without personal data, linking to the tab", async () => {
    const { status, answer } = await search(demo.begeleider, "zoekmans");
    expect(status).toBe(200);
    expect(answer.type).toBe("result");
    expect(answer.attachments).toHaveLength(1);
    const [hit] = answer.attachments!;
    expect(hit!.contentType).toBe("application/vnd.microsoft.card.adaptive");
    const card = JSON.stringify(hit!.content);
    expect(card).toContain(kenmerk);
    expect(card).toContain("Huurachterstand");
    // It may land in a group chat: no name, postcode, amount.
    expect(card).not.toMatch(/Zoekmans|2271|1\.450|1450/);
    expect(card).toContain(`${PUBLIC_URL}/tab/?open=signal%3A${signalId}`);
    expect(hit!.preview?.content?.title).toBe(`${kenmerk} · Huurachterstand`);
  });

  it("the sender finds it by kenmerk, in any case; the newest come first without a term", async () => {
    const byKenmerk = await search(demo.woonconsulent, kenmerk.toLowerCase());
    expect(byKenmerk.answer.attachments?.map((a) => JSON.stringify(a.content).includes(kenmerk))).toEqual([true]);
    const initial = await search(demo.woonconsulent, "");
    expect(initial.answer.attachments!.length).toBeGreaterThanOrEqual(1);
  });

  it("a party outside the signal finds nothing, not by name and not by kenmerk, and is told how to search", async () => {
    for (const term of ["zoekmans", kenmerk]) {
      const { answer } = await search(demo.casemanager, term);
      expect(answer.type).toBe("message");
      expect(answer.text).toContain(`Geen eigen aanmelding of signaal gevonden voor '${term}'`);
      expect(JSON.stringify(answer)).not.toContain(signalId);
    }
  });

  it("a pasted tab link unfurls to the same card for someone who may see it, and to nothing for anyone else", async () => {
    const url = `${PUBLIC_URL}/tab/?open=signal%3A${signalId}`;
    const seen = await invoke(demo.begeleider, "composeExtension/queryLink", { url });
    expect(seen.answer.attachments).toHaveLength(1);
    expect(JSON.stringify(seen.answer.attachments![0]!.content)).toContain(kenmerk);
    const outsider = await invoke(demo.casemanager, "composeExtension/queryLink", { url });
    expect(outsider.answer.attachments).toEqual([]);
    const other = await invoke(demo.begeleider, "composeExtension/queryLink", { url: "https://example.nl/iets" });
    expect(other.answer.attachments).toEqual([]);
  });

  it("the delivered signal card itself links to the signal in the tab", async () => {
    const delivered = await waitFor("the signal card in the begeleider's chat", () =>
      ctx.app
        .playground!.getLog()
        .find((e) => e.direction === "fromBot" && JSON.stringify(e.activity ?? {}).includes(kenmerk)),
    );
    const urls: string[] = [];
    walk(delivered.activity as never, (n) => {
      if (n["type"] === "Action.OpenUrl") urls.push(String(n["url"]));
    });
    expect(urls).toEqual([`${PUBLIC_URL}/tab/?open=signal%3A${signalId}`]);
    expect(verbsOf(JSON.parse(JSON.stringify(delivered.activity)) as never)).toContain("signal.bevestigen");
  });

  it("a control character in the search term is refused, naming the field", async () => {
    const { answer } = await search(demo.begeleider, "zoek\u0000mans");
    expect(answer.type).toBe("message");
    expect(answer.text).toContain("zoekterm");
    expect(answer.attachments).toBeUndefined();
  });

  it("an unknown command is named, not answered with results", async () => {
    const { answer } = await search(demo.begeleider, "zoekmans", "iets-anders");
    expect(answer.type).toBe("message");
    expect(answer.text).toContain("iets-anders");
  });
});
