import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, failed, notApplicable, num, passed, unknown } from "../../check/rule-helpers.js";
import { booleanFact } from "../../facts/fact-definition.js";

/** Asked by both LV routes: art. 4 lid 2 excludes from the whole convenant, noodwoning included. */
export const transgressiveBehaviourFact = booleanFact(
  "transgressiveBehaviour",
  t(
    "Vertoont een lid van het gezin grensoverschrijdend gedrag (bijvoorbeeld fraude of ondermijning)?",
    "Does a member of the family show transgressive behaviour (for example fraud or organised crime)?",
  ),
);

/**
 * Seed 004 art. 4 lid 2: "Uitgezonderd van dit convenant zijn gezinnen met inwonende minderjarige
 * kinderen waarbij sprake is van grensoverschrijdend gedrag": the whole convenant, so the
 * convenantwoning and the noodwoning (art. 6) both carry this rule.
 */
export const lvFamilyExclusionRule: RuleDefinition = {
  code: "LV.4.2.UITSLUITING",
  article: "art. 4 lid 2",
  title: t(
    "Geen gezin met inwonende minderjarige kinderen waarin een lid grensoverschrijdend gedrag vertoont (o.a. fraude, ondermijning)",
    "Not a family with minor children living at home where a member shows transgressive behaviour (e.g. fraud, organised crime)",
  ),
  facts: ["minorChildren", "transgressiveBehaviour"],
  statuses: ["passed", "failed", "unknown", "not_applicable"],
  // The children decide whether the behaviour question matters at all, so they are asked first;
  // once the behaviour is known to be absent the children no longer matter for this rule.
  evaluate: (facts) => {
    const children = num(facts, "minorChildren");
    const behaviour = bool(facts, "transgressiveBehaviour");
    if (children === 0)
      return notApplicable(t("er wonen geen minderjarige kinderen in", "no minor children live at home"));
    if (behaviour === false)
      return passed(
        t(
          "niemand in het gezin vertoont grensoverschrijdend gedrag",
          "no one in the family shows transgressive behaviour",
        ),
      );
    if (children === undefined)
      return unknown(behaviour === undefined ? ["minorChildren", "transgressiveBehaviour"] : ["minorChildren"]);
    if (behaviour === undefined) return unknown(["transgressiveBehaviour"]);
    return failed(
      t(
        "in het gezin wonen minderjarige kinderen en een gezinslid vertoont grensoverschrijdend gedrag; zo'n gezin is uitgezonderd van het hele convenant, ook van de noodwoning",
        "minor children live in the family and a member shows transgressive behaviour; such a family is excluded from the whole convenant, the noodwoning included",
      ),
    );
  },
};
