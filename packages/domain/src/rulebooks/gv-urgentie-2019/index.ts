import { gvAllocationTables } from "../../allocation/gv-allocation-tables.js";
import { t } from "../../common/localized.js";
import { gvParties } from "../gv-parties/parties.js";
import type { Rulebook } from "../rulebook.js";
import { urgentieFacts } from "./facts.js";
import { urgentieRules } from "./rules.js";
import { proposeUrgentieSupportParties } from "./support-parties.js";

export const gvUrgentie2019: Rulebook = {
  id: "gv-urgentie-2019",
  version: "2019-07-01.1-voorstel",
  title: t(
    "Urgentieregeling Gooi en Vechtstreek (voorstellen Huisvestingsverordening 2019)",
    "Urgentie scheme Gooi en Vechtstreek (proposals for the Huisvestingsverordening 2019)",
  ),
  seed: "003_678f56d0468f9c28.txt",
  region: "Gooi en Vechtstreek",
  legalStatus: "voorstel",
  validity: {
    from: "2019-07-01",
    to: null,
    extensions: [],
    note: t(
      "ASSUMED: in werking vanaf 1 juli 2019, einde onbekend (een huisvestingsverordening geldt hooguit vier jaar).",
      "ASSUMED: in force from 1 July 2019, end unknown (a huisvestingsverordening lasts at most four years).",
    ),
  },
  assumptions: [
    {
      id: "urg-voorstel",
      text_nl: "ASSUMED: de bron bevat voorstellen voor de HVV 2019 op prijspeil 2018, geen vastgestelde verordening; elke regel is gemarkeerd als voorstel.",
      text_en: "ASSUMED: the seed holds proposals for the HVV 2019 at price level 2018, not an adopted verordening; every rule is marked voorstel.",
    },
    {
      id: "urg-geldigheid",
      text_nl: "ASSUMED: in werking vanaf 2019-07-01; einddatum onbekend (een huisvestingsverordening geldt hooguit vier jaar): leg de einddatum vast zodra die bekend is.",
      text_en: "ASSUMED: in force from 2019-07-01; end date unknown (a huisvestingsverordening lasts at most four years): record the end date once known.",
    },
    {
      id: "urg-inkomensgrens",
      text_nl: "ASSUMED: 'tot € 47.073' betekent tot en met; de grens komt uit de tabel van het laatste jaar tot en met het gevraagde jaar (nu alleen 2018) en het antwoord noemt dat jaar.",
      text_en: "ASSUMED: 'tot € 47.073' means up to and including; the limit comes from the latest table up to the year asked (now only 2018) and the answer names that year.",
    },
  ],
  facts: urgentieFacts,
  rules: urgentieRules,
  parameters: { allocationTables: gvAllocationTables },
  parties: gvParties,
  deadlines: [],
  proposeSupportParties: proposeUrgentieSupportParties,
};
