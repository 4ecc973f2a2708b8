import { t } from "../../common/localized.js";
import type { DeadlineDefinition } from "../../deadlines/deadline.js";

export const mhDeadlines: readonly DeadlineDefinition[] = [
  {
    code: "MH.REGULIER_HUURCONTRACT",
    article: "toelichting art. 2",
    title: t(
      "Na een jaar is het de bedoeling dat de cliënt zelfstandig woont met een regulier huurcontract (zorgdakcontract evalueren)",
      "After a year the intention is that the client lives independently under a regular lease (evaluate the zorgdakcontract)",
    ),
    startsAt: "lease_start",
    term: { years: 1 },
    // "het is de bedoeling": an intention to evaluate, not a deadline that can lapse.
    kind: "target",
    scope: "case",
    owners: { roles: ["verhuurder"], source: "ASSUMED: de corporatie zet het contract om" },
  },
  {
    code: "MH.BREED_OVERLEG",
    article: "toelichting art. 2 (bestuurlijk overleg wonen)",
    title: t(
      "Elk jaar een breed overleg van gemeenten, woningcorporaties en instellingen over de uitvoering",
      "A yearly broad meeting of gemeenten, housing corporations and institutions on the practice",
    ),
    startsAt: "last_evaluation",
    term: { years: 1 },
    kind: "within",
    recurring: true,
    scope: "convenant",
    owners: { roles: ["verhuurder", "begeleider"], source: "ASSUMED: corporatie en hulpverleningsinstantie" },
  },
];
