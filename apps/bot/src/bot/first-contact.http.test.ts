import { describe, expect, it } from "vitest";
import { BotClient, allText, cardsOf, textsOf, verbsOf, walk, type Card } from "../testing/bot-client.js";
import { useTestApp } from "../testing/test-app.js";

/** Issue 15, first contact: what a new caseworker types, through the bot's real HTTP endpoint. */
const people = {
  woonconsulent: { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" },
  begeleider: { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" },
  hulpverlenerMh: { id: "29:demo-hulpverlener-mh", aadObjectId: "00000000-0000-0000-0000-0000000000a8" },
};

const ctx = useTestApp({ worker: false });

const client = (who: keyof typeof people) =>
  new BotClient(ctx.app.url, people[who], { serviceUrl: `${ctx.app.url}/connector` });
const buttons = (card: Card) => {
  const titles: string[] = [];
  walk(card, (n) => {
    if (n["type"] === "Action.Execute" && typeof n["title"] === "string") titles.push(n["title"]);
  });
  return titles;
};
const first = async (who: keyof typeof people, text: string) => {
  const activities = await client(who).say(text);
  return { card: cardsOf(activities)[0], texts: textsOf(activities).join("\n") };
};

describe("first contact", () => {
  it.each(["hallo", "Goedemorgen!", "wat kun je?", "Help!", "?"])(
    "%j gets the menu, not 'Dat begrijp ik niet'",
    async (text) => {
      const { card, texts } = await first("begeleider", text);
      expect(texts).not.toContain("begrijp ik niet");
      expect(buttons(card!)).toEqual(["Nieuwe aanmelding", "Snelcheck", "Signaal", "Mijn aanmeldingen"]);
    },
  );

  it("greets back when greeted", async () => {
    expect(allText((await first("begeleider", "goedemorgen")).card!)).toContain("Hallo! Waarmee kan ik je helpen?");
  });

  it("offers each role what its rulebooks in force let it do, and never the expired MH", async () => {
    const { card } = await first("woonconsulent", "help");
    // A landlord does not nominate under LV (art. 4.1, noodwoning included): its fourth button is its signals.
    expect(buttons(card!)).toEqual(["Snelcheck", "Signaal", "Mijn signalen"]);
    const begeleider = await first("begeleider", "help");
    expect(buttons(begeleider.card!)).toEqual(["Nieuwe aanmelding", "Snelcheck", "Signaal", "Mijn aanmeldingen"]);
    expect(JSON.stringify(card)).not.toMatch(/\|mh\b|snelcheck mh/);
    // MH expired in 2023: its caseworker is told so instead of being offered it.
    const mh = await first("hulpverlenerMh", "help");
    expect(buttons(mh.card!)).toEqual([]);
    expect(allText(mh.card!)).toContain("geen convenant dat nu geldt");
  });

  it("a menu button does what typing its command does", async () => {
    const activities = await client("begeleider").execute("command.run", { command: "snelcheck" });
    const invoked = JSON.stringify(activities);
    expect(invoked).toContain("snelcheck.start");
    // Only menu commands run: a button cannot smuggle an answer into an open intake.
    expect(JSON.stringify(await client("begeleider").execute("command.run", { command: "ja" }))).toContain(
      "begrijp ik niet",
    );
  });

  it("a bare 'snelcheck' asks which rulebook in force, then opens its form", async () => {
    const { card } = await first("begeleider", "snelcheck");
    expect(verbsOf(card!)).toEqual(["snelcheck.start"]);
    const options = JSON.stringify(card);
    expect(options).toContain("lv-zorgafhankelijk-2025");
    expect(options).toContain("lv-noodwoning-2025");
    expect(options).not.toContain("mh-uitstroom-2019");
    const opened = JSON.stringify(
      await client("begeleider").execute("snelcheck.start", { rulebook: "lv-noodwoning-2025" }),
    );
    expect(opened).toContain("snelcheck.submit");
  });

  it.each([
    ["check lv", "lv-zorgafhankelijk-2025"],
    ["snel check noodwoning", "lv-noodwoning-2025"],
    ["kan deze klant een convenantwoning krijgen?", "lv-zorgafhankelijk-2025"],
  ])("%j opens the snelcheck of %s", async (text, rulebook) => {
    const { card } = await first("begeleider", text);
    expect(verbsOf(card!)).toContain("snelcheck.submit");
    expect(JSON.stringify(card)).toContain(rulebook);
  });

  it("'mijn signalen' answers plainly when there are none", async () => {
    const { texts } = await first("begeleider", "Mijn signalen?");
    expect(texts).toContain("Je partij heeft nog geen signalen gestuurd of gekregen.");
  });

  it("thanks are answered, not misunderstood", async () => {
    expect((await first("begeleider", "bedankt!")).texts).toContain("Graag gedaan.");
  });
});
