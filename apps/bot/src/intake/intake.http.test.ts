import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { allText, askedFact, BotClient, cardsOf, textsOf, verbsOf, type DemoUser } from "../testing/bot-client.js";
import { driveIntake } from "../testing/intake-driver.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { startTestApp } from "../testing/test-app.js";

const user = (suffix: string, id: string): DemoUser => ({
  id,
  aadObjectId: `00000000-0000-0000-0000-0000000000${suffix}`,
});
const begeleider = user("a2", "29:demo-begeleider");
const landlordLv = user("a1", "29:demo-woonconsulent");
const hulpverlenerMh = user("a8", "29:demo-hulpverlener-mh");
const zorgaanbiederGv = user("a9", "29:demo-zorgaanbieder-gv");

// facts.md worked example (eligible LV candidate), plus what the intake may ask beyond it.
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
};

// Illustrative households (the seeds have no worked cases for these).
const scenarios = [
  {
    name: "LV convenantwoning, eligible (facts.md worked example)",
    who: begeleider,
    command: "nieuwe aanmelding lv",
    facts: lvEligible,
    outcome: "eligible",
  },
  {
    name: "LV convenantwoning, not eligible: evicted for overlast (LV.5.6.k)",
    who: begeleider,
    command: "nieuwe aanmelding lv",
    facts: { ...lvEligible, evictedLast3Years: true, evictionReason: "overlast", fromNoodwoning: false },
    outcome: "not_eligible",
  },
  {
    name: "LV noodwoning, eligible family",
    who: begeleider,
    command: "nieuwe aanmelding noodwoning",
    facts: {
      minorChildren: 2,
      transgressiveBehaviour: false,
      facingEviction: true,
      privateSector: false,
      evictingLandlord: "Vidomes",
      multiProblem: true,
      careArranged: true,
      networkCanHouse: false,
    },
    outcome: "eligible",
  },
  {
    name: "MH uitstroom as of a date in its validity (2022-06-01)",
    who: hulpverlenerMh,
    command: "nieuwe aanmelding mh 2022-06-01",
    facts: {
      situation: "beschermd_wonen",
      institutionRegional: true,
      acceptsSupport: true,
      readyToLiveIndependently: true,
      regionMostAppropriate: true,
    },
    outcome: "eligible",
  },
  {
    name: "GV HOV after an eviction for rent debt, zorgcontract signed",
    who: zorgaanbiederGv,
    command: "nieuwe aanmelding hov",
    facts: { evictedFor: "huurschuld", careAdviceHov: false, careContractSigned: true, newTenant: false },
    outcome: "eligible",
  },
  {
    name: "GV urgentie on medical grounds goes to the medical adviser (needs_review)",
    who: zorgaanbiederGv,
    command: "nieuwe aanmelding urgentie 2020-03-01", // valid up to 2023-06-30 (seed 003 § 1)
    facts: {
      urgentWithin3Months: true,
      triedToSolve: true,
      livesInRegion: true,
      householdIncome: 30000,
      grounds: ["medisch"],
      medicalProblemsWorsenedByHousing: true,
    },
    outcome: "needs_review",
  },
] as const;

const outcomeText: Record<string, RegExp> = {
  eligible: /Komt in aanmerking/,
  not_eligible: /Komt niet in aanmerking/,
  needs_review: /Maatwerk/,
};

let store: Store;
let app: RunningApp;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, clock: () => new Date("2026-11-23T10:00:00Z") });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("intake of every rulebook through POST /api/messages", () => {
  it.each(scenarios)("$name", async (scenario) => {
    const client = new BotClient(app.url, scenario.who);
    const first = cardsOf(await client.say(scenario.command));
    expect(first.length, "a first question card").toBe(1);
    const { last } = await driveIntake(client, first[0]!, scenario.facts as Record<string, unknown>);
    expect(allText(last)).toMatch(outcomeText[scenario.outcome]!);
    if (scenario.outcome === "not_eligible") {
      expect(verbsOf(last)).not.toContain("intake.choose");
      expect(allText(last)).toMatch(/LV\.5\.6\.k/);
      return;
    }
    expect(verbsOf(last)).toContain("intake.choose");
    const proposed = firstProposal(last);
    // A begeleider nominating under LV is proposed as the support party first (own organisation).
    if (scenario.who === begeleider) expect(proposed).toBe("lv-ribw-fonteynenburg");
    const { submitted } = await chooseAndSubmit(client, proposed ?? "");
    expect(textsOf(submitted).join(" ")).toMatch(/Aanmelding ingediend \(kenmerk (LV|KW|MH|HOV|URG|LVN)-\d{4}-\d{4}\)/);
  });

  it("a landlord may not nominate under LV (art. 4.1)", async () => {
    const client = new BotClient(app.url, landlordLv);
    const replies = await client.say("nieuwe aanmelding lv");
    expect(cardsOf(replies)).toEqual([]);
    expect(textsOf(replies).join(" ")).toMatch(/art\. 4\.1/);
  });

  it("a rulebook that is not valid on the date is named with its dates, never applied", async () => {
    const client = new BotClient(app.url, hulpverlenerMh);
    const replies = await client.say("nieuwe aanmelding mh");
    expect(cardsOf(replies)).toEqual([]);
    expect(textsOf(replies).join(" ")).toMatch(/13 mei 2019.*30 juni 2023/); // Dutch dates in Dutch text (issue 12)
  });

  it("'terug' undoes the last answer so the caseworker can correct it", async () => {
    const client = new BotClient(app.url, begeleider);
    const first = cardsOf(await client.say("nieuwe aanmelding lv"))[0]!;
    const fact = askedFact(first)!;
    const second = cardsOf(
      await client.submit("intake.answer", { fact, [fact]: String((lvEligible as Record<string, unknown>)[fact]) }),
    )[0]!;
    const secondFact = askedFact(second)!;
    expect(secondFact).not.toBe(fact);
    const again = cardsOf(await client.say("terug"))[0]!;
    expect(askedFact(again)).toBe(fact);
    await client.say("annuleer");
  });

  it("an answer that does not fit is explained in Dutch and the question stays", async () => {
    const client = new BotClient(app.url, begeleider);
    const first = cardsOf(await client.say("nieuwe aanmelding lv"))[0]!;
    const fact = askedFact(first)!;
    const replies = await client.submit("intake.answer", { fact: "yearsResident", yearsResident: "zeven" });
    expect(textsOf(replies).join(" ").length).toBeGreaterThan(0);
    expect(askedFact(cardsOf(replies).at(-1)!)).toBe(fact);
    await client.say("annuleer");
  });
});

describe("pause and resume survive a restart of the server (state in the store)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "convenantbot-restart-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("needs_info: paused mid-intake, resumed after a restart at the same question", async () => {
    const dataDir = join(dir, "pglite");
    let diskStore = await openStore({ dataDir });
    let running = await startTestApp({ store: diskStore });
    const client = new BotClient(running.url, begeleider, { conversationId: "restart-conversation" });
    const first = cardsOf(await client.say("nieuwe aanmelding lv"))[0]!;
    const { last } = await driveIntake(client, first, lvEligible, { stopBefore: "validId" });
    expect(askedFact(last)).toBe("validId");
    expect(textsOf(await client.say("pauze")).join(" ")).toMatch(/gepauzeerd/);
    await running.close();
    await diskStore.close();

    diskStore = await openStore({ dataDir });
    running = await startTestApp({ store: diskStore });
    try {
      const resumed = new BotClient(running.url, begeleider, { conversationId: "restart-conversation" });
      const card = cardsOf(await resumed.say("hervat"))[0]!;
      expect(askedFact(card)).toBe("validId");
      const { last: done } = await driveIntake(resumed, card, lvEligible);
      expect(allText(done)).toMatch(/Komt in aanmerking/);
    } finally {
      await running.close();
      await diskStore.close();
    }
    // A new on-disk PGlite directory (initdb) and a reopen: slow on two busy cores.
  }, 120_000);
});

function firstProposal(card: unknown): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown) => {
    if (found || !node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n["id"] === "supportPartyId" && Array.isArray(n["choices"]))
      found = (n["choices"][0] as { value?: string })?.value;
    Object.values(n).forEach(visit);
  };
  visit(card);
  return found;
}
