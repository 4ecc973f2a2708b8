import { describe, expect, it } from "vitest";
import {
  allText,
  askedFact,
  BotClient,
  cardsOf,
  inputsOf,
  textsOf,
  verbsOf,
  type Activity,
  type Card,
  type DemoUser,
} from "../testing/bot-client.js";
import { answerData, driveIntake } from "../testing/intake-driver.js";
import { useTestApp } from "../testing/test-app.js";

// Issue 15 item 3 ("no lost work") and item 2 (one card, checklists), through POST /api/messages.

const user = (suffix: string, id: string): DemoUser => ({
  id,
  aadObjectId: `00000000-0000-0000-0000-0000000000${suffix}`,
});
const begeleider = user("a2", "29:demo-begeleider");

// facts.md worked example (eligible LV candidate).
const lvEligible: Record<string, unknown> = {
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
// LV.5.6.k: evicted for overlast in the last three years (illustrative).
const lvEvicted = { ...lvEligible, evictedLast3Years: true, evictionReason: "overlast", fromNoodwoning: false };

const ctx = useTestApp({ clock: () => new Date("2026-11-23T10:00:00Z"), worker: false });

type InvokeBody = { status: number; body?: { type?: string; value?: unknown } };
const invokeCard = (activities: Activity[]) =>
  (activities.find((a) => a.type === "invokeResponse") as { value?: InvokeBody } | undefined)?.value?.body?.value as
    Card | undefined;
const lastCard = (activities: Activity[]) => cardsOf(activities).at(-1)!;
const dataOf = (card: Card, verb: string): Record<string, unknown> => {
  let found: Record<string, unknown> = {};
  JSON.stringify(card, (_k, v) => {
    if (v && typeof v === "object" && v.type === "Action.Execute" && v.verb === verb) found = v.data ?? {};
    return v;
  });
  return found;
};

async function startLv(): Promise<{ client: BotClient; first: Card }> {
  const client = new BotClient(ctx.app.url, begeleider);
  const first = lastCard(await client.say("nieuwe aanmelding lv"));
  return { client, first };
}

describe("a not-eligible result keeps the answers", () => {
  it("offers 'Wijzig een antwoord' (every answer with its earlier value) and 'Nieuwe aanmelding'; changing one re-evaluates and keeps the rest", async () => {
    const { client, first } = await startLv();
    const { last, asked } = await driveIntake(client, first, lvEvicted, { style: "execute" });
    expect(allText(last)).toMatch(/Komt niet in aanmerking/);
    expect(verbsOf(last)).toEqual(expect.arrayContaining(["intake.change", "intake.restart"]));
    expect(allText(last)).toMatch(/Je antwoorden zijn bewaard/);

    const change = invokeCard(await client.execute("intake.change", dataOf(last, "intake.change")))!;
    const goto = inputsOf(change).find((i) => i["id"] === "goto")!;
    const choices = goto["choices"] as { title: string; value: string }[];
    expect(choices.map((c) => c.value).sort()).toEqual([...new Set(asked)].sort());
    expect(choices.find((c) => c.value === "evictionReason")?.title).toMatch(/— Overlast$/);
    expect(choices.find((c) => c.value === "yearsResident")?.title).toMatch(/— 7$/);

    const again = invokeCard(
      await client.execute("intake.goto", { ...dataOf(change, "intake.goto"), goto: "evictedLast3Years" }),
    )!;
    expect(askedFact(again)).toBe("evictedLast3Years");
    expect(allText(again)).toMatch(/Je eerdere antwoord: Ja/);
    expect(inputsOf(again)[0]?.["value"]).toBe("true");

    // "Nee": re-evaluated with every other answer kept, so no question is asked again.
    const after = invokeCard(
      await client.execute("intake.answer", { ...answerData(again), evictedLast3Years: "false" }),
    )!;
    expect(allText(after)).toMatch(/Komt in aanmerking/);
    expect(verbsOf(after)).toContain("intake.choose");
  });

  it("typed 'wijzig' shows the same choice of answers", async () => {
    const { client, first } = await startLv();
    const fact = askedFact(first)!;
    await client.submit("intake.answer", { ...answerData(first), [fact]: "true" });
    const change = lastCard(await client.say("wijzig"));
    expect(inputsOf(change).map((i) => i["id"])).toEqual(["goto"]);
    expect((inputsOf(change)[0]!["choices"] as { value: string }[]).map((c) => c.value)).toEqual([fact]);
  });

  it("'Nieuwe aanmelding' on the result starts afresh under the same rulebook", async () => {
    const { client, first } = await startLv();
    const { last } = await driveIntake(client, first, lvEvicted);
    const fresh = lastCard(await client.submit("intake.restart", dataOf(last, "intake.restart")));
    expect(askedFact(fresh)).toBe(askedFact(first));
    expect(allText(fresh)).not.toMatch(/Beantwoord/);
  });
});

describe("'Annuleer' asks first", () => {
  it("by card: 'Nee, ga verder' returns to the same question; 'Ja, annuleer' cancels", async () => {
    const { client, first } = await startLv();
    const confirm = lastCard(await client.submit("intake.cancel", dataOf(first, "intake.cancel")));
    expect(allText(confirm)).toMatch(/Weet je zeker/);
    expect(verbsOf(confirm)).toEqual(["intake.abort", "intake.resume"]);
    const back = lastCard(await client.submit("intake.resume", dataOf(confirm, "intake.resume")));
    expect(askedFact(back)).toBe(askedFact(first));
    const confirm2 = lastCard(await client.submit("intake.cancel", dataOf(back, "intake.cancel")));
    const done = await client.submit("intake.abort", dataOf(confirm2, "intake.abort"));
    expect(textsOf(done).join(" ")).toMatch(/Aanmelding geannuleerd/);
    expect(textsOf(await client.say("hervat")).join(" ")).toMatch(/Er loopt geen aanmelding|geen gepauzeerde/);
  });

  it("by text: 'annuleer' then 'nee' keeps the intake; 'annuleer' then 'ja' cancels (and 'ja' is not taken as an answer)", async () => {
    const { client, first } = await startLv();
    const fact = askedFact(first)!;
    const asked = await client.say("annuleer");
    expect(allText(lastCard(asked))).toMatch(/Weet je zeker/);
    expect(askedFact(lastCard(await client.say("nee")))).toBe(fact);
    await client.say("annuleer");
    expect(textsOf(await client.say("ja")).join(" ")).toMatch(/Aanmelding geannuleerd/);
    expect(textsOf(await client.say("ja")).join(" ")).toMatch(/begrijp ik niet/);
  });

  it("the Teams invoke of 'Annuleer' replaces the card with the question, not a cancelled intake", async () => {
    const { client, first } = await startLv();
    const answer = invokeCard(await client.execute("intake.cancel", dataOf(first, "intake.cancel")));
    expect(verbsOf(answer!)).toContain("intake.abort");
    expect(askedFact(lastCard(await client.say("hervat")))).toBe(askedFact(first));
  });
});

describe("a paused intake is never silently replaced", () => {
  it("a new intake asks first: 'ga verder' resumes the paused one, 'Begin opnieuw' starts afresh", async () => {
    const { client, first } = await startLv();
    const fact = askedFact(first)!;
    const second = lastCard(
      await client.submit("intake.answer", { ...answerData(first), [fact]: String(lvEligible[fact]) }),
    );
    const secondFact = askedFact(second);
    await client.say("pauze");
    const ask = lastCard(await client.say("nieuwe aanmelding lv"));
    expect(allText(ask)).toMatch(/gepauzeerde aanmelding onder .* \(1 beantwoord\)/);
    expect(verbsOf(ask)).toEqual(["intake.resume", "intake.restart"]);
    expect(askedFact(lastCard(await client.say("ga verder")))).toBe(secondFact);

    await client.say("pauze");
    const ask2 = lastCard(await client.submit("intake.start", { rulebook: "lv-zorgafhankelijk-2025" }));
    const fresh = lastCard(await client.submit("intake.restart", dataOf(ask2, "intake.restart")));
    expect(askedFact(fresh)).toBe(fact);
    expect(allText(fresh)).not.toMatch(/Beantwoord/);
  });

  it("typed 'begin opnieuw' after the question starts the rulebook asked for", async () => {
    const { client, first } = await startLv();
    const fact = askedFact(first)!;
    await client.submit("intake.answer", { ...answerData(first), [fact]: String(lvEligible[fact]) });
    await client.say("pauze");
    await client.say("nieuwe aanmelding noodwoning");
    const fresh = lastCard(await client.say("begin opnieuw"));
    expect(allText(fresh)).toMatch(/noodwoning/i);
  });

  it("'mijn aanmeldingen' lists the paused intake with a resume button", async () => {
    const { client, first } = await startLv();
    const fact = askedFact(first)!;
    const second = lastCard(
      await client.submit("intake.answer", { ...answerData(first), [fact]: String(lvEligible[fact]) }),
    );
    await client.say("pauze");
    const list = await client.say("mijn aanmeldingen");
    expect(textsOf(list).join(" ")).not.toMatch(/nog geen aanmeldingen/);
    const paused = cardsOf(list)[0]!;
    expect(allText(paused)).toMatch(/Gepauzeerd: .*1 beantwoord/s);
    expect(askedFact(lastCard(await client.submit("intake.resume", {})))).toBe(askedFact(second));
  });
});

describe("paused intakes belong to the caseworker, not the chat (Teams chat and playground alike)", () => {
  const resumeData = (card: Card) => dataOf(card, "intake.resume");
  it("every chat of the caseworker lists a paused intake; 'Ga verder' there moves it, and that chat's own work is paused, not lost", async () => {
    // Paused in one personal chat...
    const { client: teams, first } = await startLv();
    const fact = askedFact(first)!;
    const second = lastCard(
      await teams.submit("intake.answer", { ...answerData(first), [fact]: String(lvEligible[fact]) }),
    );
    await teams.say("pauze");
    // ...listed in another (e.g. the playground), with its own id on the button.
    const playground = new BotClient(ctx.app.url, begeleider);
    const listed = cardsOf(await playground.say("mijn aanmeldingen")).find((c) =>
      /Gepauzeerd: .*1 beantwoord/s.test(allText(c)),
    )!;
    expect(listed).toBeDefined();
    const { intakeId } = resumeData(listed);
    expect(typeof intakeId).toBe("string");
    // Another chat with work of its own: resuming moves the paused intake here and pauses this one.
    const own = lastCard(await playground.say("nieuwe aanmelding kw"));
    await playground.submit("intake.answer", { ...answerData(own), [askedFact(own)!]: "kw-quawonen" });
    const resumed = lastCard(await playground.submit("intake.resume", { intakeId }));
    expect(askedFact(resumed)).toBe(askedFact(second));
    const next = lastCard(
      await playground.submit("intake.answer", {
        ...answerData(resumed),
        [askedFact(resumed)!]: String(lvEligible[askedFact(resumed)!]),
      }),
    );
    expect(askedFact(next)).not.toBe(askedFact(resumed));
    const pausedNow = cardsOf(await playground.say("mijn aanmeldingen"))
      .map(allText)
      .join(" ");
    expect(pausedNow).toMatch(/Krimpenerwaard/); // the KW intake of this chat, paused
    expect(pausedNow).not.toMatch(/Leidschendam-Voorburg 2025 \(convenantwoning\)/); // running here now
    // The first chat dropped its copy: it cannot run the same intake twice.
    const typedResume = await teams.say("hervat");
    expect(textsOf(typedResume).join(" ")).toMatch(/Er loopt geen aanmelding/);
    expect(cardsOf(typedResume)).toHaveLength(0);
    // And the KW intake, paused by the move, resumes from the first chat.
    const kw = cardsOf(await teams.say("mijn aanmeldingen")).find((c) => /Krimpenerwaard/.test(allText(c)))!;
    const kwResumed = lastCard(await teams.submit("intake.resume", resumeData(kw)));
    expect(askedFact(kwResumed)).toBe("notSelfReliant");
  });
});

describe("an old card never rewrites an answer", () => {
  it("a click on an earlier question card answers 'Deze kaart is verouderd' with the current question; the earlier answer stays", async () => {
    const { client, first } = await startLv();
    const fact = askedFact(first)!;
    const second = lastCard(await client.submit("intake.answer", { ...answerData(first), [fact]: "true" }));
    // The first card, clicked again (Teams invoke) with another answer.
    const stale = invokeCard(await client.execute("intake.answer", { ...answerData(first), [fact]: "false" }))!;
    expect(allText(stale)).toMatch(/Deze kaart is verouderd/);
    expect(askedFact(stale)).toBe(askedFact(second));
    // Web Chat style too: the same notice, and the answer is still "Ja".
    const staleSubmit = await client.submit("intake.back", dataOf(first, "intake.back"));
    expect(textsOf(staleSubmit).join(" ")).toMatch(/Deze kaart is verouderd/);
    const change = lastCard(await client.submit("intake.change", dataOf(second, "intake.change")));
    const choice = (inputsOf(change)[0]!["choices"] as { title: string; value: string }[]).find(
      (c) => c.value === fact,
    );
    expect(choice?.title).toMatch(/— Ja$/);
  });
});

describe("the one intake card (item 2)", () => {
  it("summarises earlier answers, advertises typed answers and asks the LV exclusions as one checklist; typed 'geen' answers it", async () => {
    const { client, first } = await startLv();
    expect(allText(first)).toMatch(/Je kunt ook typen: ja \/ nee/);
    let card = first;
    for (let i = 0; i < 30; i++) {
      const data = answerData(card);
      if (Array.isArray(data["facts"])) break;
      const fact = askedFact(card)!;
      card = invokeCard(await client.execute("intake.answer", { ...data, [fact]: String(lvEligible[fact]) }))!;
    }
    const group = answerData(card)["facts"] as string[];
    expect(group.length).toBeGreaterThan(1);
    for (const f of group)
      expect([
        "transgressiveBehaviour",
        "hasSuitableHousing",
        "needsIntramuralCare",
        "evictedLast3Years",
        "tbsMeasure",
      ]).toContain(f);
    const checklist = inputsOf(card).find((i) => i["id"] === "checklist")!;
    expect((checklist["choices"] as { title: string }[]).at(-1)?.title).toBe("Geen van deze");
    expect(allText(card)).toMatch(/Beantwoord \(\d+\):/);
    const next = lastCard(await client.say("geen"));
    expect(group).not.toContain(askedFact(next));
    // All of them answered "nee" at once: none of them is asked again.
    const { asked } = await driveIntake(client, next, lvEligible);
    for (const f of group) expect(asked).not.toContain(f);
  });

  it("a checklist with 'Geen van deze' and an item ticked is refused with a reason, the checklist stays", async () => {
    const { client, first } = await startLv();
    let card = first;
    for (let i = 0; i < 30 && !Array.isArray(answerData(card)["facts"]); i++) {
      const fact = askedFact(card)!;
      card = lastCard(await client.submit("intake.answer", { ...answerData(card), [fact]: String(lvEligible[fact]) }));
    }
    const replies = await client.submit("intake.answer", { ...answerData(card), checklist: "none,tbsMeasure" });
    expect(textsOf(replies).join(" ")).toMatch(/Geen van deze/);
    expect(inputsOf(lastCard(replies)).map((i) => i["id"])).toContain("checklist");
  });
});
