import { describe, expect, it } from "vitest";
import { check } from "../check/engine.js";
import { listRulebooks, resolveRulebook } from "../rulebooks/registry.js";
import { loadTable } from "../testing/rule-table.js";
import { nextQuestions } from "./next-questions.js";
import { questionGroupFor } from "./question-groups.js";

const lv = resolveRulebook("lv-zorgafhankelijk-2025", "2026-03-01");
const kw = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
const rulebookIds = [...new Set(listRulebooks().map((r) => r.id))];
const tableOf = (id: string) => loadTable(new URL(`../rulebooks/${id}/${id}.cases.yaml`, import.meta.url));

describe("question groups (rulebook data)", () => {
  it("every grouped fact exists in its rulebook and is a yes/no question", () => {
    for (const group of lv.questionGroups ?? []) {
      for (const name of group.facts) expect(lv.facts.find((f) => f.name === name)?.answer, name).toBe("boolean");
    }
    expect(lv.questionGroups?.map((g) => g.id)).toEqual(["lv-uitsluitingen"]);
  });

  it.each(listRulebooks().map((r) => [`${r.id} ${r.version}`, r] as const))(
    "%s: every grouped fact is a yes/no fact asking one thing, in one group only",
    (_name, rulebook) => {
      const grouped = (rulebook.questionGroups ?? []).flatMap((g) => g.facts);
      expect(new Set(grouped).size, "a fact in two groups").toBe(grouped.length);
      for (const name of grouped) {
        const fact = rulebook.facts.find((f) => f.name === name);
        expect(fact?.answer, name).toBe("boolean");
        // One question mark and no "en zo ja" / "and if so": a checklist item is one fact.
        expect(fact!.question.nl.match(/\?/g), name).toHaveLength(1);
        expect(fact!.question.nl, name).not.toMatch(/zo ja|en of/i);
        expect(fact!.question.en, name).not.toMatch(/if so/i);
      }
    },
  );

  it("every rulebook says whether it groups questions (data, possibly empty), with the groups it has", () => {
    const groups = Object.fromEntries(
      rulebookIds.map((id) => [
        id,
        resolveRulebook(id, listRulebooks().find((r) => r.id === id)!.validity.from).questionGroups?.map((g) => g.id),
      ]),
    );
    expect(groups).toEqual({
      "kw-huisuitzetting-2019": ["kw-uitsluitingen"],
      "lv-zorgafhankelijk-2025": ["lv-uitsluitingen"],
      "lv-noodwoning-2025": ["lv-noodwoning-situaties"],
      "mh-uitstroom-2019": [],
      "gv-hov-2025": [],
      "gv-urgentie-2019": ["gv-urgentie-uitwegen"],
    });
  });

  // "Geen van deze" must be the usual answer: for every grouped fact the test table has an
  // eligible row where it is false, and a "ja" there takes the case away from eligible.
  const polarity = listRulebooks().flatMap((rulebook) =>
    (rulebook.questionGroups ?? []).flatMap((g) => g.facts.map((fact) => [rulebook.id, g.id, fact] as const)),
  );
  it.each(polarity)("%s %s: %s is an exception ('ja' is never the usual answer)", (id, _group, fact) => {
    const table = tableOf(id);
    const outcome = (row: (typeof table.rows)[number], value: boolean) =>
      check({ rulebook: id, asOf: row.asOf, facts: { ...row.facts, [fact]: value } }).outcome;
    // A row where the fact matters (LV's family exclusion only with minor children).
    const row = table.rows.find(
      (r) => r.outcome === "eligible" && r.facts[fact] === false && outcome(r, true) !== "eligible",
    );
    expect(row, `add an eligible row with ${fact}: false, where a "ja" matters, to ${id}.cases.yaml`).toBeDefined();
    expect(outcome(row!, false)).toBe("eligible");
    expect(outcome(row!, true)).not.toBe("eligible");
  });

  it("the LV exclusions come as one checklist when the first of them is asked, the current one first", () => {
    const missing = nextQuestions(lv, {}, "2026-03-01").result.missing;
    const group = questionGroupFor(lv, "transgressiveBehaviour", missing);
    expect(group?.questions[0]?.fact).toBe("transgressiveBehaviour");
    expect(group?.questions.map((q) => q.fact).sort()).toEqual(
      ["transgressiveBehaviour", "hasSuitableHousing", "needsIntramuralCare", "evictedLast3Years", "tbsMeasure"]
        .filter((f) => f === "transgressiveBehaviour" || missing.includes(f))
        .sort(),
    );
    expect(group?.title.nl).toMatch(/situaties/);
  });

  // Where each intake meets its checklist: the facts answered so far, the question the intake
  // reaches first, and what the checklist then asks (only the members the check still needs).
  const reached: { id: string; asOf: string; facts: Record<string, unknown>; checklist: string[] }[] = [
    {
      id: "kw-huisuitzetting-2019",
      asOf: "2026-03-01",
      facts: { landlordCorporation: "kw-quawonen", notSelfReliant: true },
      checklist: ["opiumActViolation", "illegalOccupation", "extremeNuisance"],
    },
    {
      id: "lv-noodwoning-2025",
      asOf: "2026-03-01",
      facts: { minorChildren: 2 },
      checklist: ["transgressiveBehaviour", "privateSector", "networkCanHouse"],
    },
    // An answered member is not asked again; the checklist starts at the next open one.
    {
      id: "lv-noodwoning-2025",
      asOf: "2026-03-01",
      facts: { minorChildren: 2, transgressiveBehaviour: false, facingEviction: true },
      checklist: ["privateSector", "networkCanHouse"],
    },
    {
      id: "gv-urgentie-2019",
      asOf: "2020-03-01",
      facts: {
        urgentWithin3Months: true,
        triedToSolve: true,
        livesInRegion: true,
        householdIncome: 30000,
        grounds: ["calamiteit", "geweld"],
        homePermanentlyUninhabitable: true,
      },
      checklist: ["canArrangeOwnHousing", "temporaryShelterAvailable"],
    },
    // One ground: one "way out" question, asked on its own.
    {
      id: "gv-urgentie-2019",
      asOf: "2020-03-01",
      facts: {
        urgentWithin3Months: true,
        triedToSolve: true,
        livesInRegion: true,
        householdIncome: 30000,
        grounds: ["calamiteit"],
        homePermanentlyUninhabitable: true,
      },
      checklist: [],
    },
  ];
  it.each(reached)("$id after $facts: checklist $checklist", ({ id, asOf, facts, checklist }) => {
    const rulebook = resolveRulebook(id, asOf);
    const { questions, result } = nextQuestions(rulebook, facts, asOf, { limit: 1 });
    const group = questionGroupFor(rulebook, questions[0]!.fact, result.missing);
    expect(group?.questions.map((q) => q.fact) ?? []).toEqual(checklist);
  });

  it("answered group members are not asked again; a single one left is a plain question", () => {
    const missing = ["tbsMeasure"];
    expect(questionGroupFor(lv, "evictedLast3Years", missing)?.questions.map((q) => q.fact)).toEqual([
      "evictedLast3Years",
      "tbsMeasure",
    ]);
    expect(questionGroupFor(lv, "tbsMeasure", [])).toBeUndefined();
  });

  it("a fact outside any group, or a rulebook without groups, asks one question", () => {
    expect(questionGroupFor(lv, "validId", ["tbsMeasure"])).toBeUndefined();
    expect(questionGroupFor(kw, "hasResidenceStatus", ["hasLegalIncome"])).toBeUndefined();
    const mh = resolveRulebook("mh-uitstroom-2019", "2020-01-01");
    expect(questionGroupFor(mh, "hasBriefadres", ["inSupportProgramme"])).toBeUndefined();
  });
});
