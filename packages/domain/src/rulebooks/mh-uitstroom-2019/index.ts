import { t } from "../../common/localized.js";
import type { Rulebook } from "../rulebook.js";
import { mhDeadlines } from "./deadlines.js";
import { mhExtensions } from "./extensions.js";
import { mhFacts } from "./facts.js";
import { mhParties } from "./parties.js";
import { mhRules } from "./rules.js";
import { proposeMhSupportParties } from "./support-parties.js";

export const mhUitstroom2019: Rulebook = {
  id: "mh-uitstroom-2019",
  version: "2019-05-13.1",
  title: t(
    "Convenant uitstroom opvang en zorg regio Midden-Holland",
    "Convenant on moving on from shelter and care, region Midden-Holland",
  ),
  seed: "002_55f02754f0fc6e60.txt",
  region: "Midden-Holland",
  legalStatus: "vastgesteld",
  validity: {
    from: "2019-05-13",
    // "loopt tot 1 juli 2023": 1 July itself is no longer included.
    to: "2023-06-30",
    extensions: mhExtensions,
    note: t(
      "Ondertekend op 13 mei 2019; loopt tot 1 juli 2023, met de mogelijkheid tot verlenging (art. 4 lid 5).",
      "Signed on 13 May 2019; runs until 1 July 2023, with the possibility of extension (art. 4 lid 5).",
    ),
  },
  assumptions: [
    {
      id: "mh-partijen",
      text_nl:
        "AANNAME: de bron noemt de hulpverleningsinstanties en woningcorporaties niet bij naam; de partijenlijst heeft voor hen een algemene vermelding die een regio kan invullen.",
      text_en:
        "ASSUMED: the seed does not name the support organisations and housing corporations; the party list has a general entry for each that a region can fill in.",
    },
    {
      id: "mh-vrouwenopvang-doelgroep",
      text_nl:
        "AANNAME: uitstroom uit de Vrouwenopvang telt niet als doelgroep van het contingent (MH.DOELGROEP niet voldaan) en krijgt daarnaast MH.VROUWENOPVANG met de verwijzing naar urgentie.",
      text_en:
        "ASSUMED: leaving the Vrouwenopvang does not count as the contingent's target group (MH.DOELGROEP not met) and also gets MH.VROUWENOPVANG with the pointer to urgentie.",
    },
    {
      id: "mh-verdeelsleutel-afronding",
      text_nl:
        "AANNAME: het convenant schrijft geen afronding voor bij de verdeelsleutel (art. 3); Convenantbot rondt af met de methode van de grootste overschotten (bij gelijk overschot eerst meer huishoudens, dan alfabetisch) en toont de exacte breuken.",
      text_en:
        "ASSUMED: the convenant prescribes no rounding for the verdeelsleutel (art. 3); Convenantbot uses largest remainder (ties to more households, then alphabetical) and shows the exact fractions.",
    },
  ],
  facts: mhFacts,
  // No checklist: the two exclusions (housing of the ex-gedetineerde, MH.1b; can find housing
  // alone, MH.1c) belong to different situations and are never asked together; every other
  // question is a condition whose usual answer is "ja".
  questionGroups: [],
  rules: mhRules,
  parameters: {},
  parties: mhParties,
  deadlines: mhDeadlines,
  proposeSupportParties: proposeMhSupportParties,
};
