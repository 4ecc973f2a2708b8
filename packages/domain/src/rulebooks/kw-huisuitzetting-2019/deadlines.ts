import { t } from "../../common/localized.js";
import type { DeadlineDefinition } from "../../deadlines/deadline.js";

export const kwDeadlines: readonly DeadlineDefinition[] = [
  {
    code: "KW.HUUR_UIT_UITKERING",
    article: "Verplichtingen van partijen, 3. Gemeente Krimpenerwaard",
    title: t(
      "Sociale zaken betaalt maximaal drie maanden de huur vanuit de uitkering, tot inkomensbeheer is gestart",
      "Sociale zaken pays the rent from the benefit for at most three months, until income management has started",
    ),
    startsAt: "benefit_start",
    term: { months: 3 },
    kind: "at_most",
    scope: "case",
    owners: {
      roles: ["meldpunt"],
      source: "ASSUMED: het Meldpunt coördineert tot de overdracht (KW Verplichtingen 2)",
    },
  },
  {
    code: "KW.EVALUATIE",
    article: "Uitwerking, evaluatie en organisatie",
    title: t("Convenantpartijen overleggen minimaal eenmaal per jaar", "Convenant parties meet at least once a year"),
    startsAt: "last_evaluation",
    term: { years: 1 },
    kind: "within",
    recurring: true,
    scope: "convenant",
    owners: { roles: ["meldpunt"], source: "ASSUMED: het Meldpunt monitort en registreert (KW Verplichtingen 2)" },
  },
];
