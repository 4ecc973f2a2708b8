import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { GROUND_GROUP } from "./ground-rule.js";
import { urgentieGeneralRules } from "./general-rules.js";
import { urgentieGroundRules } from "./grounds.js";

const groundGroup: RuleDefinition = {
  code: GROUND_GROUP,
  article: "003 § 4.1-4.3",
  kind: "group",
  title: t(
    "De aanvrager en/of een gezinslid voldoet aan ten minste één urgentiegrond",
    "The applicant and/or a household member meets at least one urgentie ground",
  ),
  facts: [],
  statuses: ["passed", "review", "unknown", "failed"],
};

/** Seed 003 holds proposals for the HVV 2019: every rule is a voorstel, not adopted law. */
export const urgentieRules: readonly RuleDefinition[] = [
  ...urgentieGeneralRules,
  groundGroup,
  ...urgentieGroundRules,
].map((rule): RuleDefinition => ({ ...rule, status: "voorstel" }));
