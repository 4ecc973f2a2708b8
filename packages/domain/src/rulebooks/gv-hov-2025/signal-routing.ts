import { t } from "../../common/localized.js";
import type { ModuleRoutingRule } from "../rulebook-module.js";

/** Signals between the HOV partners (seed 000; the convenant text is not in the seeds). */
export const gvHovSignalRouting: readonly ModuleRoutingRule[] = [
  {
    id: "GV.HOV.PARTNERS",
    assumed:
      "ASSUMED: de HOV-convenanttekst staat niet in de bron; signalen gaan tussen de partners van het zorgcontract (verhuurder, zorgaanbieder, team HMD).",
    channel: "convenant",
    // Team HMD (gv-team-hmd) shares the role "platform" with the urgentiebureau, so it is matched by id.
    senders: { roles: ["sociale_verhuurder", "zorgorganisatie"], idIncludes: "hmd" },
    types: ["huurachterstand", "overlast"],
    requires: ["zorgcontract"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        optional: true,
        reason: t(
          "Verhuurder van de HOV-huurder (partner in het zorgcontract).",
          "Landlord of the HOV tenant (partner in the care contract).",
        ),
      },
      {
        kind: "case",
        field: "supportPartyId",
        optional: true,
        reason: t(
          "Zorgaanbieder van de HOV-huurder (partner in het zorgcontract).",
          "Care provider of the HOV tenant (partner in the care contract).",
        ),
      },
      {
        kind: "party",
        match: { idIncludes: "hmd" },
        optional: true,
        reason: t(
          "Team HMD van de Regio Gooi en Vechtstreek volgt de HOV-afspraken.",
          "Team HMD of the Gooi en Vechtstreek region follows the HOV agreements.",
        ),
      },
    ],
    article: "GV convenant HOV/HMD (bron 000; convenanttekst niet in de bron)",
  },
  {
    id: "GV.HUURSCHULD.BUITEN_HOV",
    assumed: "ASSUMED: bron 000 laat open of verhuurders huurschulden buiten HOV melden; instelling, standaard uit.",
    channel: "convenant",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["huurachterstand"],
    requires: ["setting:landlordRentDebtsBeyondHov"],
    to: [
      {
        kind: "case",
        field: "supportPartyId",
        optional: true,
        reason: t(
          "Regionale afspraak: verhuurders melden huurschulden ook buiten HOV aan de betrokken zorgaanbieder.",
          "Regional agreement: landlords also report rent debts beyond HOV to the care provider involved.",
        ),
      },
      {
        kind: "party",
        match: { idIncludes: "hmd" },
        optional: true,
        reason: t(
          "Regionale afspraak: verhuurders melden huurschulden ook buiten HOV aan team HMD.",
          "Regional agreement: landlords also report rent debts beyond HOV to team HMD.",
        ),
      },
    ],
    article: "GV bron 000 (open punt: melden van huurschulden; instelling)",
  },
];
