import { t } from "../../common/localized.js";
import type { Evaluation, RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, notApplicable, passed, str, unknown } from "../../check/rule-helpers.js";

const hulpverlening = t("de hulpverleningsinstantie", "the support organisation");
const institutionSituations = ["maatschappelijke_opvang", "tijdelijk_verblijf", "beschermd_wonen"];

const otherSituation = (situation: string): Evaluation =>
  notApplicable(
    t(`niet van toepassing: de situatie is '${situation}'`, `not applicable: the situation is '${situation}'`),
  );

/** Seed 002_55f02754f0fc6e60.txt: Convenant uitstroom opvang en zorg regio Midden-Holland (13 mei 2019). */
export const mhRules: readonly RuleDefinition[] = [
  {
    code: "MH.DOELGROEP",
    article: "art. 2 lid 1 jo. art. 1 sub a, b, c, g en j",
    kind: "group",
    title: t(
      "De kandidaat valt onder de doelgroep: uitstroom uit opvang, tijdelijk verblijf of beschermd wonen, ex-gedetineerde of dak- en thuisloze",
      "The candidate is in the target group: leaving a shelter, temporary stay or protected living, ex-prisoner, or homeless",
    ),
    facts: [],
  },
  {
    code: "MH.1a/1g/1j",
    article: "art. 2 lid 1 jo. art. 1 sub a, g en j; toelichting art. 2",
    group: "MH.DOELGROEP",
    title: t(
      "Uitstroom uit een regionale instelling voor maatschappelijke opvang, tijdelijk verblijf of beschermd wonen",
      "Leaving a regional institution for maatschappelijke opvang, tijdelijk verblijf or beschermd wonen",
    ),
    facts: ["situation", "institutionRegional"],
    statuses: ["passed", "failed", "unknown", "not_applicable"],
    evaluate: (facts) => {
      const situation = str(facts, "situation");
      if (situation === undefined) return unknown(["situation"]);
      if (!institutionSituations.includes(situation)) return otherSituation(situation);
      const regional = bool(facts, "institutionRegional");
      if (regional === undefined) return unknown(["institutionRegional"]);
      return regional
        ? passed(
            t(
              "uitstroom uit een instelling met een regionale functie",
              "leaving an institution with a regional function",
            ),
          )
        : failed(
            t(
              "de instelling heeft geen regionale functie; het convenant geldt voor regionale instellingen",
              "the institution has no regional function; the convenant covers regional institutions",
            ),
          );
    },
  },
  {
    code: "MH.1b",
    article: "art. 2 lid 1 jo. art. 1 sub b",
    group: "MH.DOELGROEP",
    title: t(
      "Ex-gedetineerde die (rechtstreeks) na ontslag uit detentie terugkeert en niet over huisvesting beschikt",
      "Ex-prisoner returning (directly) from detention without housing",
    ),
    facts: ["situation", "hasHousing"],
    statuses: ["passed", "failed", "unknown", "not_applicable"],
    evaluate: (facts) => {
      const situation = str(facts, "situation");
      if (situation === undefined) return unknown(["situation"]);
      if (situation !== "ex_gedetineerde") return otherSituation(situation);
      const housing = bool(facts, "hasHousing");
      if (housing === undefined) return unknown(["hasHousing"]);
      return housing
        ? failed(t("de ex-gedetineerde beschikt over huisvesting", "the ex-prisoner has housing"))
        : passed(t("ex-gedetineerde zonder huisvesting", "ex-prisoner without housing"));
    },
  },
  {
    code: "MH.1c",
    article: "art. 2 lid 1 jo. art. 1 sub c; toelichting art. 1",
    group: "MH.DOELGROEP",
    title: t(
      "Dak- en thuisloze met een briefadres van de gemeente, in een hulpverleningstraject, bereid een zorgdakcontract te accepteren en niet in staat op eigen kracht passende woonruimte te vinden",
      "Homeless person with a briefadres from the gemeente, in a support programme, willing to accept a zorgdakcontract and unable to find suitable housing alone",
    ),
    facts: ["situation", "hasBriefadres", "inSupportProgramme", "acceptsZorgdakcontract", "canFindHousingAlone"],
    statuses: ["passed", "failed", "unknown", "not_applicable"],
    // Toelichting art. 1: briefadres, "in een hulpverleningstraject opgenomen zijn en bereid zijn een
    // zorgdakcontract te accepteren" (two questions), and "niet in staat om op eigen kracht passende
    // woonruimte te vinden". Any known failing fact decides; the unknown ones are asked in order.
    evaluate: (facts) => {
      const situation = str(facts, "situation");
      if (situation === undefined) return unknown(["situation"]);
      if (situation !== "dak_thuisloos") return otherSituation(situation);
      if (bool(facts, "hasBriefadres") === false)
        return failed(
          t("de kandidaat heeft geen briefadres van de gemeente", "the candidate has no briefadres from the gemeente"),
        );
      if (bool(facts, "inSupportProgramme") === false)
        return failed(
          t(
            "de kandidaat is niet opgenomen in een hulpverleningstraject",
            "the candidate is not in a support programme",
          ),
        );
      if (bool(facts, "acceptsZorgdakcontract") === false)
        return failed(
          t(
            "de kandidaat is niet bereid een zorgdakcontract te accepteren",
            "the candidate is not willing to accept a zorgdakcontract",
          ),
        );
      if (bool(facts, "canFindHousingAlone") === true)
        return failed(
          t(
            "de kandidaat kan op eigen kracht passende woonruimte vinden; het convenant is voor wie dat niet kan",
            "the candidate can find suitable housing on his or her own; the convenant is for those who cannot",
          ),
        );
      const need = ["hasBriefadres", "inSupportProgramme", "acceptsZorgdakcontract", "canFindHousingAlone"].filter(
        (f) => facts[f] === undefined,
      );
      if (need.length > 0) return unknown(need);
      return passed(
        t(
          "dak- of thuisloos met een briefadres, in een hulpverleningstraject en bereid tot een zorgdakcontract, en niet in staat op eigen kracht woonruimte te vinden",
          "homeless with a briefadres, in a support programme, willing to accept a zorgdakcontract and unable to find housing alone",
        ),
      );
    },
  },
  {
    code: "MH.VROUWENOPVANG",
    article: "toelichting art. 2 (Vrouwenopvang); overweging: de huisvestingsverordening prevaleert",
    title: t(
      "Uitstroom uit de Vrouwenopvang valt niet onder het contingent; die loopt via urgentie",
      "Leaving the Vrouwenopvang is not in the contingent; it goes via urgentie",
    ),
    facts: ["situation"],
    statuses: ["failed", "not_applicable", "unknown"],
    evaluate: (facts) => {
      const situation = str(facts, "situation");
      if (situation === undefined) return unknown(["situation"]);
      if (situation !== "vrouwenopvang")
        return notApplicable(t("geen uitstroom uit de Vrouwenopvang", "not leaving the Vrouwenopvang"));
      return failed(
        t(
          "uitstroom uit de Vrouwenopvang kan geen beroep doen op het contingent van dit convenant",
          "leaving the Vrouwenopvang cannot draw on this convenant's contingent",
        ),
        [
          t(
            "Uitstroom uit de Vrouwenopvang (Kwintes Vrouwenopvang MH) loopt via urgentie volgens de huisvestingsverordening van de gemeente; die gaat voor het convenant. Vraag urgentie aan bij de gemeente.",
            "Leaving the Vrouwenopvang (Kwintes Vrouwenopvang MH) goes via urgentie under the gemeente's huisvestingsverordening, which prevails over the convenant. Apply for urgentie at the gemeente.",
          ),
        ],
      );
    },
  },
  {
    code: "MH.ZELFSTANDIG",
    article: "toelichting, inleiding (voorwaarde voor aanmelding); art. 1 sub c; toelichting art. 2",
    title: t(
      "De kandidaat is er klaar voor om zelfstandig te wonen en accepteert (woon)begeleiding",
      "The candidate is ready to live independently and accepts (housing) support",
    ),
    facts: ["acceptsSupport", "readyToLiveIndependently"],
    decidedBy: hulpverlening,
    evaluate: (facts) => {
      const accepts = bool(facts, "acceptsSupport");
      const ready = bool(facts, "readyToLiveIndependently");
      if (accepts === false)
        return failed(
          t("de kandidaat accepteert geen (woon)begeleiding", "the candidate does not accept (housing) support"),
          [
            t(
              "Het huurcontract is gekoppeld aan een begeleidingscontract (zorgdakcontract); zonder begeleiding is aanmelding niet mogelijk.",
              "The lease is linked to a support contract (zorgdakcontract); without support there is no aanmelding.",
            ),
          ],
        );
      if (ready === false)
        return failed(
          t(
            "volgens de hulpverleningsinstantie is de kandidaat nog niet klaar om zelfstandig te wonen",
            "the support organisation judges the candidate not yet ready to live independently",
          ),
        );
      const need = [
        accepts === undefined ? "acceptsSupport" : "",
        ready === undefined ? "readyToLiveIndependently" : "",
      ].filter(Boolean);
      if (need.length > 0) return unknown(need);
      return passed(
        t(
          "klaar om zelfstandig te wonen met begeleiding; na een jaar is een regulier huurcontract de bedoeling",
          "ready to live independently with support; after a year a regular lease is the intention",
        ),
      );
    },
  },
  booleanRule({
    code: "MH.REGIO",
    article: "art. 2 lid 1; toelichting art. 1",
    title: t(
      "De regio Midden-Holland is de meest aangewezen verblijfplaats voor de kandidaat",
      "The region Midden-Holland is the most appropriate place for the candidate to live",
    ),
    fact: "regionMostAppropriate",
    fails: false,
    decidedBy: hulpverlening,
    hintOnFail: t(
      "Het convenant geldt alleen voor wie Midden-Holland de meest aangewezen verblijfplaats is (art. 2 lid 1); bespreek met de hulpverleningsinstantie waar de kandidaat het best kan wonen.",
      "The convenant covers only people for whom Midden-Holland is the most appropriate place (art. 2 lid 1); discuss with the support organisation where the candidate is best housed.",
    ),
  }),
];
