import {
  booleanFact,
  choiceFact,
  IsoDateSchema,
  multiChoiceFact,
  numberFact,
  questionOf,
  t,
  textFact,
  type CheckResult,
  type Deadline,
  type FactDefinition,
  type Outcome,
  type Reason,
  type Rulebook,
  type SupportProposal,
} from "@convenantbot/domain";

/** A date fact: the domain has no helper for one yet, so it is built by hand like its helpers do. */
const dateFact: FactDefinition = {
  name: "evictionDate",
  schema: IsoDateSchema,
  answer: "date",
  question: t("Op welke datum is de ontruiming gepland?", "On which date is the eviction scheduled?"),
};

/**
 * A synthetic rulebook with one fact of every answer type, so every input and every parser
 * branch is exercised even while the real rulebooks use only some types.
 */
export const allTypesFacts: readonly FactDefinition[] = [
  booleanFact(
    "validId",
    t("Heeft de kandidaat een geldig identiteitsbewijs?", "Does the candidate have a valid ID?"),
    t("Paspoort of ID-kaart.", "Passport or ID card."),
  ),
  numberFact(
    "yearsResident",
    t("Hoeveel jaar woont de kandidaat in de gemeente?", "How many years has the candidate lived in the municipality?"),
    { min: 0, max: 120 },
  ),
  numberFact("minorChildren", t("Hoeveel minderjarige kinderen?", "How many minor children?"), {
    integer: true,
    min: 0,
    max: 30,
  }),
  choiceFact("evictionReason", t("Wat was de reden van de ontruiming?", "What was the reason for the eviction?"), [
    { value: "overlast", label: t("Overlast", "Nuisance") },
    { value: "fraude", label: t("Fraude", "Fraud") },
    { value: "ondermijning", label: t("Ondermijning", "Undermining") },
    { value: "huurschuld", label: t("Huurschuld", "Rent debt") },
    { value: "anders", label: t("Anders", "Other") },
  ]),
  choiceFact("targetLandlord", t("Bij welke verhuurder?", "With which landlord?"), [
    { value: "Vidomes", label: t("Vidomes", "Vidomes") },
    { value: "WoonInvest", label: t("WoonInvest", "WoonInvest") },
    { value: "Stichting Duivenvoorde", label: t("Stichting Duivenvoorde", "Stichting Duivenvoorde") },
    { value: "a", label: t("A", "A") },
    { value: "b", label: t("B", "B") },
    { value: "c", label: t("C", "C") },
    { value: "d", label: t("D", "D") },
  ]),
  multiChoiceFact("grounds", t("Op welke gronden?", "On which grounds?"), [
    { value: "medisch", label: t("Medisch", "Medical") },
    { value: "calamiteit", label: t("Calamiteit", "Calamity") },
    { value: "geweld", label: t("Geweld", "Violence") },
  ]),
  dateFact,
  textFact(
    "residentOf",
    t("In welke gemeente woont de kandidaat nu?", "In which municipality does the candidate live now?"),
  ),
];

export const allTypesRulebook: Pick<Rulebook, "id" | "title" | "facts"> = {
  id: "test-all-types",
  title: t("Testregeling met alle soorten vragen", "Test rulebook with every kind of question"),
  facts: allTypesFacts,
};

export { questionOf };

export function factNamed(name: string): FactDefinition {
  const fact = allTypesFacts.find((f) => f.name === name);
  if (!fact) throw new Error(`no test fact ${name}`);
  return fact;
}

function reason(code: string, status: Reason["status"], extra: Partial<Reason> = {}): Reason {
  return {
    code,
    article: `art. ${code.split(".").slice(1).join(".")}`,
    status,
    text_nl: `Regel ${code}: ${status}.`,
    text_en: `Rule ${code}: ${status}.`,
    ...extra,
  };
}

/** A result per outcome with every status and an alternatives group, shaped as facts.md says. */
export function resultWith(outcome: Outcome): CheckResult {
  const decisive: Reason["status"] =
    outcome === "eligible"
      ? "passed"
      : outcome === "not_eligible"
        ? "failed"
        : outcome === "needs_info"
          ? "unknown"
          : "review";
  return {
    rulebook: "gv-urgentie-2019",
    asOf: "2026-03-01",
    outcome,
    reasons: [
      reason("GV.URG.NOOD", decisive),
      reason("GV.URG.GROND", outcome === "eligible" ? "passed" : "review", { voorstel: true }),
      reason("GV.URG.1", "review", { group: "GV.URG.GROND", voorstel: true }),
      reason("GV.URG.5", "failed", { group: "GV.URG.GROND", voorstel: true }),
      reason("GV.URG.6", "not_applicable", { group: "GV.URG.GROND" }),
      reason("KW.KINDEREN", "passed", { informational: true }),
      reason("MH.1a", "unknown", { group: "MH.DOELGROEP" }),
    ],
    missing:
      outcome === "needs_info"
        ? ["validId", "yearsResident", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"]
        : [],
    hints:
      outcome === "not_eligible"
        ? [{ text_nl: "De verhuurder toetst de kredietwaardigheid.", text_en: "The landlord checks creditworthiness." }]
        : [],
    receipt: {
      rulebookVersion: "2019-07-01.1",
      rulebookHash: `sha256:${"ab".repeat(32)}`,
      engineVersion: "1.0.0",
      facts: {},
    },
  };
}

export const proposals: readonly SupportProposal[] = [
  {
    partyId: "kw-meldpunt-ggd-hm",
    partyName: "Meldpunt Zorg en Overlast (GGD Hollands-Midden)",
    role: "meldpunt",
    reason: t("Stelt de kwetsbaarheid vast.", "Establishes vulnerability."),
  },
  {
    partyId: "kw-gemeente-krimpenerwaard",
    partyName: "Gemeente Krimpenerwaard",
    role: "gemeente",
    reason: t("Start inkomensbeheer.", "Starts income management."),
  },
];

export const deadlines: readonly Deadline[] = [
  {
    code: "LV.5.4",
    article: "art. 5 lid 4",
    title: t("Aanbod van een woning", "Offer of a home"),
    kind: "target",
    startsOn: "2026-03-01",
    due: "2026-06-01",
  },
  {
    code: "LV.4.9",
    article: "art. 4 lid 9",
    title: t("Tijdelijk huurcontract", "Temporary lease"),
    kind: "at_most",
    startsOn: "2026-03-01",
    due: "2028-03-01",
  },
  {
    code: "LV.4.10",
    article: "art. 4 lid 10",
    title: t("Woonbegeleidingsovereenkomst", "Support agreement"),
    kind: "at_least",
    startsOn: "2026-03-01",
    due: "2027-03-01",
  },
];
