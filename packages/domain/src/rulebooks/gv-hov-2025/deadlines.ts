import { t } from "../../common/localized.js";
import type { DeadlineDefinition } from "../../deadlines/deadline.js";

export const hovDeadlines: readonly DeadlineDefinition[] = [
  {
    code: "GV.HOV.EIGEN_NAAM",
    article: "003 § 4.4 (toelichting: als het goed verloopt, contract op eigen naam)",
    title: t(
      "Evalueren of het huurcontract na een goede periode op eigen naam kan (termijn ASSUMED: een jaar)",
      "Evaluate whether the lease can go into the tenant's own name after a good period (term ASSUMED: one year)",
    ),
    startsAt: "lease_start",
    term: { years: 1 },
    kind: "target",
    scope: "case",
    owners: { roles: ["verhuurder"], source: "ASSUMED: de corporatie zet de huur op eigen naam" },
  },
];
