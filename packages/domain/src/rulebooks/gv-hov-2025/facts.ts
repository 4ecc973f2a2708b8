import { t } from "../../common/localized.js";
import { booleanFact, choiceFact, type FactDefinition } from "../../facts/fact-definition.js";

/** Facts of Huren onder Voorwaarden (HOV/HMD) in Gooi en Vechtstreek, in intake order (facts.md). */
export const hovFacts: readonly FactDefinition[] = [
  choiceFact(
    "evictedFor",
    t(
      "Is het huishouden dakloos geworden na een ontruiming, en zo ja waarom?",
      "Did the household become homeless after an eviction, and if so why?",
    ),
    [
      { value: "huurschuld", label: t("Ontruimd wegens huurschuld", "Evicted for rent debt") },
      { value: "vervuiling", label: t("Ontruimd wegens vervuiling", "Evicted for pollution of the home") },
      { value: "overlast", label: t("Ontruimd wegens overlast", "Evicted for nuisance") },
      { value: "geen", label: t("Geen ontruiming (of om een andere reden)", "No eviction (or for another reason)") },
    ],
  ),
  booleanFact(
    "careAdviceHov",
    t(
      "Adviseert een zorgpartij HOV preventief, om huurproblemen te voorkomen?",
      "Does a care party advise HOV preventively, to prevent rent problems?",
    ),
  ),
  booleanFact(
    "careContractSigned",
    t(
      "Is er een zorgcontract ondertekend door aanvrager, zorginstantie en gemeente?",
      "Is there a care contract (zorgcontract) signed by the applicant, the care organisation and the gemeente?",
    ),
    t(
      "Nog niet ondertekend? Dan is dat een taak vóór de aanvraag, geen afwijzing.",
      "Not signed yet? Then it is a task before the application, not a refusal.",
    ),
  ),
  booleanFact(
    "newTenant",
    t(
      "Wordt de kandidaat een nieuwe huurder (bijvoorbeeld na uitstroom uit een instelling)?",
      "Will the candidate be a new tenant (for example leaving an institution)?",
    ),
    t("Nee voor een zittende of terugkerende huurder.", "No for a sitting or returning tenant."),
  ),
  booleanFact(
    "canLiveIndependently",
    t(
      "Kan de nieuwe huurder, eventueel met ambulante zorg of begeleiding, zelfstandig wonen?",
      "Can the new tenant live independently, with ambulant care or support if needed?",
    ),
  ),
];
