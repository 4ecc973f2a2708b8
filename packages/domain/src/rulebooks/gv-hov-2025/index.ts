import { t } from "../../common/localized.js";
import { gvParties } from "../gv-parties/parties.js";
import type { Rulebook } from "../rulebook.js";
import { hovDeadlines } from "./deadlines.js";
import { hovFacts } from "./facts.js";
import { hovRules } from "./rules.js";
import { hovSupportOptions } from "./support-options.js";
import { proposeHovSupportParties } from "./support-parties.js";

export const gvHov2025: Rulebook = {
  id: "gv-hov-2025",
  version: "2025-09-18.1",
  title: t(
    "Convenant Huren onder Voorwaarden (HOV) i.h.k.v. Huisvesting Maatschappelijke Doelgroepen, Gooi en Vechtstreek",
    "Convenant Renting under Conditions (HOV), housing of societal target groups, Gooi en Vechtstreek",
  ),
  seed: "000_d628490ca6f6bba0.txt",
  region: "Gooi en Vechtstreek",
  legalStatus: "vastgesteld",
  validity: {
    from: "2025-09-18",
    to: null,
    extensions: [],
    note: t(
      "AANNAME: geldig vanaf de vaststelling in het portefeuillehoudersoverleg (18 september 2025), voor onbepaalde tijd.",
      "ASSUMED: valid from adoption by the portefeuillehoudersoverleg (18 September 2025), indefinitely.",
    ),
  },
  assumptions: [
    {
      id: "hov-geldigheid",
      text_nl:
        "AANNAME: de convenanttekst zelf staat niet in de bronnen; geldig vanaf 18 september 2025 (vaststelling portefeuillehoudersoverleg), voor onbepaalde tijd. Colleges stellen daarna vast en partijen ondertekenen opnieuw.",
      text_en:
        "ASSUMED: the convenant text itself is not in the seeds; valid from 18 September 2025 (portefeuillehoudersoverleg), indefinitely. The colleges adopt it afterwards and the parties sign again.",
    },
    {
      id: "hov-regels",
      text_nl:
        "AANNAME: doelgroep, zorgcontract en zelfstandig wonen komen uit de voorstellen van de HVV-notitie (003 § 4.4, voorstel 4.4), omdat de HOV-tekst zelf niet in de bronnen staat; daarom is elke regel gemarkeerd als voorstel.",
      text_en:
        "ASSUMED: target group, zorgcontract and independent living come from the proposals of the HVV note (003 § 4.4, voorstel 4.4), since the HOV text itself is not in the seeds; so every rule is marked voorstel.",
    },
    {
      id: "hov-eigen-naam-termijn",
      text_nl:
        "AANNAME: de bron noemt geen termijn voor het huurcontract op eigen naam; we volgen een evaluatie na een jaar.",
      text_en:
        "ASSUMED: the seed gives no term for the lease in the tenant's own name; we track an evaluation after one year.",
    },
    {
      id: "hov-signalen",
      text_nl:
        "AANNAME: of verhuurders huurschulden ook buiten het zorgcontract aan convenantpartners melden is in de bron een open vraag (000); standaard uit.",
      text_en:
        "ASSUMED: whether landlords report rent debts to convenant partners beyond the zorgcontract is an open question in the seed (000); off by default.",
    },
  ],
  facts: hovFacts,
  // No checklist: HOV has no exclusions, only conditions whose usual answer is "ja"
  // (zorgcontract, able to live independently) and a choice (the reason for the eviction).
  questionGroups: [],
  rules: hovRules,
  parameters: { supportOptions: hovSupportOptions },
  parties: gvParties,
  deadlines: hovDeadlines,
  proposeSupportParties: proposeHovSupportParties,
};
