import { t, type Localized } from "../../common/localized.js";
import { bool, num, str } from "../../check/rule-helpers.js";
import type { Facts } from "../../check/rule.js";
import type { CheckResult } from "../../check/schemas.js";
import { proposal } from "../../parties/propose.js";
import type { SupportProposal } from "../../parties/party.js";
import { lvParties } from "../lv-parties/parties.js";
import { lvTargetGroups, type LvTargetGroup } from "../lv-parties/target-groups.js";

/** Collects proposals in order; a party proposed twice gets both reasons. */
class Proposals {
  private readonly list: SupportProposal[] = [];
  add(partyId: string, reason: Localized): void {
    const existing = this.list.find((p) => p.partyId === partyId);
    if (existing) existing.reason = t(`${existing.reason.nl} ${reason.nl}`, `${existing.reason.en} ${reason.en}`);
    else this.list.push(proposal(lvParties, partyId, reason));
  }
  get all(): SupportProposal[] {
    return this.list;
  }
}

/**
 * Who could support this candidate, and why (seed 004), whatever the outcome: a failed check
 * still needs a route (noodwoning, Wmo access, the Lokale Kamer). Pure: facts in, proposals out.
 */
export function proposeLvSupportParties(facts: Facts, _result?: CheckResult): SupportProposal[] {
  const out = new Proposals();
  const children = num(facts, "minorChildren") ?? 0;
  const group = str(facts, "targetGroup") as LvTargetGroup | undefined;
  const evictionReason = str(facts, "evictionReason");

  if (children > 0 && bool(facts, "facingEviction") === true) {
    out.add(
      "lv-ggd-haaglanden",
      t(
        "Gezin met inwonende minderjarige kinderen dat (dreigt te worden) uitgezet: het Meldpunt Zorgwekkend gedrag leidt het gezin toe naar LIMOR en zo naar een noodwoning (art. 2 Meldpunt, art. 6 lid 1; regeling lv-noodwoning-2025).",
        "Family with minor children facing (threatened) eviction: the Meldpunt Zorgwekkend gedrag leads it to LIMOR and so to a noodwoning (art. 2 Meldpunt, art. 6(1); rulebook lv-noodwoning-2025).",
      ),
    );
    out.add(
      "lv-limor",
      t(
        "LIMOR begeleidt het gezin in een noodwoning vanaf de eerste dag en vraagt de sociale verhuurders een woning te zoeken (art. 6 lid 1-3).",
        "LIMOR supports the family in a noodwoning from day one and asks the social landlords to find a home (art. 6(1)-(3)).",
      ),
    );
  }

  if (bool(facts, "receivesSupport") === false) {
    out.add(
      "lv-gemeente-leidschendam-voorburg",
      t(
        "Geen begeleiding of behandeling: de gemeente regelt de toegang daartoe via de Wmo of Jeugdwet (art. 2 Gemeente b); alleen bij levensbedreigende of levensontwrichtende situaties geeft de Toetsingscommissie een voorrangsverklaring (art. 2 Gemeente c). Dit loopt buiten de gegevensuitwisseling van het convenant (art. 10 lid 2).",
        "No support or treatment: the gemeente gives access to it under the Wmo or Youth Act (art. 2 Gemeente b); only in life-threatening or life-disrupting situations does the Toetsingscommissie give a priority declaration (art. 2 Gemeente c). This is outside the convenant's data exchange (art. 10(2)).",
      ),
    );
  }

  const justice =
    group === "justitiabele" ||
    bool(facts, "tbsMeasure") === true ||
    evictionReason === "fraude" ||
    evictionReason === "ondermijning";
  if (justice) {
    out.add(
      "lv-reclassering-nederland",
      t(
        "Justitieel kader (justitiabele, TBS of uitzetting om fraude of ondermijning): justitiabelen met justitieel kader staan onder toezicht van Reclassering Nederland (art. 1 sub i), die kandidaten mag voordragen (art. 4 lid 1).",
        "Justice context (justitiabele, TBS or eviction for fraud or organised crime): justitiabelen under a justice framework are supervised by Reclassering Nederland (art. 1(i)), which may nominate candidates (art. 4(1)).",
      ),
    );
    out.add(
      "lv-lokale-kamer",
      t(
        "De casemanager van de Lokale Kamer ondersteunt ex-gedetineerden bij hun terugkeer en stelt met de betrokken partijen een plan van aanpak op (art. 1 sub a, art. 2 Lokale Kamer c); ook de Lokale Kamer mag voordragen (art. 4 lid 1).",
        "The Lokale Kamer's casemanager supports ex-prisoners returning to society and draws up a plan with the parties involved (art. 1(a), art. 2 Lokale Kamer c); the Lokale Kamer may nominate too (art. 4(1)).",
      ),
    );
  }

  if (group && group !== "anders") {
    const label = lvTargetGroups[group].label;
    for (const party of lvParties) {
      if (party.role !== "zorgorganisatie" || !party.targetGroups?.includes(group)) continue;
      const assumed = party.assumed !== undefined;
      out.add(
        party.id,
        t(
          `Begeleidt de doelgroep '${label.nl}' (art. 1 sub r)${assumed ? "; de doelgroep is een AANNAME, niet uit de bron: controleer het bij de organisatie" : ""}.`,
          `Supports the target group '${label.en}' (art. 1(r))${assumed ? "; target group ASSUMED, not in the seed: check with the organisation" : ""}.`,
        ),
      );
    }
  }

  if (children > 0 && bool(facts, "transgressiveBehaviour") === true) {
    out.add(
      "lv-lokale-kamer",
      t(
        "Grensoverschrijdend gedrag in een gezin met kinderen sluit het convenant uit (art. 4 lid 2); de Lokale Kamer adviseert bij (dreigende) criminaliteit of overlast met problemen op meer leefgebieden (art. 2 Lokale Kamer b).",
        "Transgressive behaviour in a family with children excludes the convenant (art. 4(2)); the Lokale Kamer advises on (threatened) crime or nuisance with problems in several areas of life (art. 2 Lokale Kamer b).",
      ),
    );
  }

  const debtsOpen = bool(facts, "hasProblemDebts") === true && bool(facts, "debtArrangement") !== true;
  const budgetOpen =
    bool(facts, "budgetManagement") === false && bool(facts, "budgetManagementExemptionMotivated") !== true;
  if (debtsOpen || budgetOpen) {
    out.add(
      "lv-gemeente-leidschendam-voorburg",
      t(
        "De gemeente faciliteert budgetbeheer en schuldhulpverlening (art. 4 lid 7); de begeleider of casemanager helpt de huurder daar een beroep op te doen (art. 7 lid 2).",
        "The gemeente provides budget management and debt assistance (art. 4(7)); the support worker or casemanager helps the tenant apply (art. 7(2)).",
      ),
    );
  }

  return out.all;
}
