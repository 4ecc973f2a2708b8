import { describe, expect, it } from "vitest";
import { allActions, allInputs, parseWithLibrary, schemaErrors } from "../testing/validate.js";
import { caseCard, type CaseCardInput } from "./case-card.js";

const L = (nl: string, en = nl) => ({ nl, en });
const full = (lang: "nl" | "en"): CaseCardInput => ({
  id: "3f2a9c1e-0000-4000-8000-000000000001",
  lang,
  rulebookTitle: L("LV zorgafhankelijke groepen"),
  status: L("aanbod gedaan", "offer made"),
  viewerRole: L("verhuurder", "landlord"),
  candidate: [{ label: L("Naam", "Name"), value: "Jan Jansen" }],
  withheld: L("Zorggegevens zie je niet (LV art. 10 lid 6).", "You do not see care data."),
  recipients: [
    { name: "Stichting Vidomes", role: L("verhuurder"), reached: true },
    { name: "LIMOR", role: L("begeleider"), reached: false },
  ],
  duty: L("Incasso opgeschort, geen rente of kosten."),
  terms: [{ title: L("Aanbod binnen drie maanden"), article: "art. 5 lid 4", due: "2026-06-02", overdue: false }],
  history: [{ at: "2026-03-02T08:00:00.000Z", actor: "RIBW Fonteynenburg", step: L("ingediend") }],
  assignedTo: "Demo Woonconsulent",
  actions: [
    { action: "ontvangen", label: L("Ontvangst bevestigen"), needs: [] },
    { action: "aanbod_doen", label: L("Aanbod vastleggen"), needs: ["on"] },
    { action: "afwijzen", label: L("Afwijzen"), needs: ["reason"] },
    { action: "notitie", label: L("Notitie"), needs: ["note"] },
    { action: "toewijzen", label: L("Toewijzen"), needs: ["assignee"] },
    { action: "kwetsbaarheid_vastleggen", label: L("Kwetsbaarheid"), needs: ["established"] },
    { action: "overdragen", label: L("Overdragen"), needs: ["toPartyId"] },
  ],
  colleagues: [{ memberId: "m1", name: "Collega Een" }],
  handoverTargets: [{ partyId: "kw-gemeente-krimpenerwaard", name: "Gemeente Krimpenerwaard" }],
  noteCategories: [{ value: "process", label: L("proces") }],
  refreshUserIds: ["29:a", "29:b"],
});

describe("case card", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`${lang}: valid Adaptive Card 1.5, parsed cleanly, every step a case.act with the step in data`, () => {
      const card = caseCard(full(lang));
      expect(schemaErrors(card)).toEqual([]);
      const report = parseWithLibrary(card);
      expect(report.parseEvents).toEqual([]);
      expect(report.validationEvents).toEqual([]);
      const executes = allActions(card).filter((a) => a.type === "Action.Execute" && a !== card.refresh?.action) as {
        verb: string;
        data: Record<string, unknown>;
      }[];
      expect(new Set(executes.map((a) => a.verb))).toEqual(new Set(["case.act"]));
      expect(executes.map((a) => String(a.data["action"])).sort()).toEqual([
        "aanbod_doen",
        "afwijzen",
        "kwetsbaarheid_vastleggen",
        "notitie",
        "ontvangen",
        "overdragen",
        "toewijzen",
      ]);
      expect(card.actions).toHaveLength(5);
      expect(card.refresh?.action).toMatchObject({ verb: "case.refresh", data: { aanmeldingId: full(lang).id } });
      expect(JSON.stringify(card)).not.toContain('"text":"✓"');
    });
  }

  it("does not offer a step whose choices are empty", () => {
    const card = caseCard({ ...full("nl"), colleagues: [], handoverTargets: [] });
    const steps = allActions(card)
      .filter((a) => a.type === "Action.Execute")
      .map((a) => (a as { data: Record<string, unknown> }).data["action"]);
    expect(steps).not.toContain("toewijzen");
    expect(steps).not.toContain("overdragen");
  });

  it("links to the case in the tab, last in the bottom row, when the bot knows where the tab is", () => {
    const url = "https://convenantbot.example.nl/tab/?open=case%3A3f2a9c1e-0000-4000-8000-000000000001";
    for (const lang of ["nl", "en"] as const) {
      const card = caseCard({ ...full(lang), openUrl: url });
      expect(schemaErrors(card)).toEqual([]);
      expect(card.actions).toHaveLength(5);
      expect(card.actions?.at(-1)).toEqual({ type: "Action.OpenUrl", title: "Open in Convenantbot", url });
      // Every step is still on the card (the link took a place in the bottom row, not a step's).
      const steps = allActions(card).filter((a) => a.type === "Action.Execute" && a !== card.refresh?.action);
      expect(steps).toHaveLength(7);
    }
    expect(allActions(caseCard(full("nl"))).some((a) => a.type === "Action.OpenUrl")).toBe(false);
  });
});

describe("case card input ids (Web Chat renders nothing for a card with a duplicate id)", () => {
  // Steps that ask for the same kind of input, as they meet on one card in real statuses.
  const rows: { status: string; steps: { action: string; needs: ("on" | "reason" | "note")[] }[] }[] = [
    {
      status: "aanbod gedaan (begeleider)",
      steps: [
        { action: "weigeren", needs: ["reason"] },
        { action: "intrekken", needs: ["reason"] },
        { action: "notitie", needs: ["note"] },
      ],
    },
    {
      status: "geplaatst (begeleider)",
      steps: [
        { action: "evalueren", needs: ["on"] },
        { action: "woonbegeleiding_gestart", needs: ["on"] },
        { action: "intrekken", needs: ["reason"] },
      ],
    },
    {
      status: "geëvalueerd",
      steps: [
        { action: "evalueren", needs: ["on"] },
        { action: "afsluiten", needs: ["reason"] },
        { action: "intrekken", needs: ["reason"] },
      ],
    },
  ];
  for (const row of rows) {
    it(`${row.status}: every input id is unique and names its step; the renderer reports nothing`, () => {
      const card = caseCard({
        ...full("nl"),
        actions: row.steps.map((s) => ({ action: s.action, label: L(s.action), needs: s.needs })),
      });
      const ids = allInputs(card).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => row.steps.some((s) => id.startsWith(`${s.action}.`)))).toBe(true);
      expect(parseWithLibrary(card).validationEvents).toEqual([]);
    });
  }
});
