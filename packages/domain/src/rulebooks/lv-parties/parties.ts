import type { Party } from "../../parties/party.js";
import type { LvTargetGroup } from "./target-groups.js";

/** Target groups typed against our codes; the Party schema stores them as plain strings. */
const groups = (...codes: LvTargetGroup[]): string[] => codes;

// The seed names no doelgroepen per zorgorganisatie; where we filled them in (so the bot can
// propose a matching party) the party says so in `assumed`, for the Platform to correct.
const assumedGroups = (profile: string) =>
  `ASSUMED: de bron noemt geen doelgroepen voor deze organisatie; ingevuld naar haar openbare profiel (${profile}). / The seed names no target groups for this organisation; filled in from its public profile.`;

/**
 * Party directory of seed 004_155496c065a393ec.txt (Convenant Huisvesting zorgafhankelijke
 * groepen Leidschendam-Voorburg 2025), shared by lv-zorgafhankelijk-2025 and lv-noodwoning-2025.
 * `signatory: true` are the 23 numbered ondergetekenden; the ondertekening (art. 14) differs
 * from that list, which the notes record.
 */
export const lvParties: readonly Party[] = [
  {
    id: "lv-gemeente-leidschendam-voorburg",
    name: "Gemeente Leidschendam-Voorburg",
    role: "gemeente",
    signatory: true,
    note: "Ondergetekende 1. Ontvangt en deelt geen persoonsgegevens (art. 10 lid 2); Wmo/Jeugdwet-toegang, voorrangsverklaringen via de Toetsingscommissie, regie nazorg ex-gedetineerden (art. 2 Gemeente).",
  },
  {
    id: "lv-lokale-kamer",
    name: "Lokale Kamer Leidschendam-Voorburg",
    role: "lokale_kamer",
    signatory: false,
    targetGroups: groups("ex_gedetineerde", "complexe_problematiek"),
    note: "Geen genummerde ondergetekende en niet in de ondertekening: de gemeente stelt de casemanagers aan (art. 2 Gemeente d). Taken in art. 2 Lokale Kamer; werkt regionaal samen in het Veiligheidshuis Haaglanden (art. 1 sub k). Mag kandidaten voordragen (art. 4 lid 1).",
  },
  {
    id: "lv-ggd-haaglanden",
    name: "GGD Haaglanden (Meldpunt Zorgwekkend gedrag)",
    role: "meldpunt",
    signatory: true,
    targetGroups: groups("gezin_dreigende_uitzetting"),
    note: "Ondergetekende 7. Het Meldpunt Zorgwekkend gedrag leidt gezinnen met inwonende minderjarige kinderen bij (dreigende) huisuitzetting toe naar zorg (LIMOR) en zo naar een noodwoning (art. 2 Meldpunt, art. 6 lid 1).",
  },
  {
    id: "lv-anton-constandse",
    name: "Stichting Anton Constandse",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch"),
    assumed: assumedGroups("ondersteuning van mensen met een ernstige psychische aandoening"),
    note: "Ondergetekende 2.",
  },
  {
    id: "lv-brijder",
    name: "Brijder B.V.",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch"),
    assumed: assumedGroups("verslavingszorg, onderdeel van de ggz"),
    note: "Ondergetekende 3.",
  },
  {
    id: "lv-exodus",
    name: "Exodus",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("justitiabele", "ex_gedetineerde"),
    assumed: assumedGroups("begeleiding van (ex-)gedetineerden"),
    note: "Ondergetekende 4. In de ondertekening (art. 14) staat de vertegenwoordiger als 'nnb'.",
  },
  {
    id: "lv-fivoor",
    name: "Fivoor",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch", "justitiabele"),
    assumed: assumedGroups("forensische psychiatrie"),
    note: "Ondergetekende 5.",
  },
  {
    id: "lv-geerlings-en-benard",
    name: "Geerlings en Benard",
    role: "zorgorganisatie",
    signatory: true,
    note: "Ondergetekende 6; ontbreekt in de ondertekening (art. 14). De bron noemt geen doelgroepen.",
  },
  {
    id: "lv-ggz-rivierduinen",
    name: "GGZ Rivierduinen",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch"),
    assumed: assumedGroups("geestelijke gezondheidszorg"),
    note: "Ondergetekende 8.",
  },
  {
    id: "lv-humanitas-dmh",
    name: "Humanitas DMH",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("verstandelijke_beperking"),
    assumed: assumedGroups("dienstverlening aan mensen met een (verstandelijke) beperking"),
    note: "Ondergetekende 9.",
  },
  {
    id: "lv-impegno",
    name: "Impegno",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch"),
    assumed: assumedGroups("ambulante ggz"),
    note: "Ondergetekende 10; in de ondertekening met een andere vertegenwoordiger.",
  },
  {
    id: "lv-jess",
    name: "Stichting Jess",
    role: "zorgorganisatie",
    signatory: true,
    note: "Ondergetekende 11; ontbreekt in de ondertekening (art. 14). De bron noemt geen doelgroepen.",
  },
  {
    id: "lv-kesslerperspektief",
    name: "KesslerPerspektief",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("zwerfjongere"),
    assumed: assumedGroups("opvang en begeleiding van dak- en thuisloze jongeren"),
    note: "Ondergetekende 12; ontbreekt in de ondertekening (art. 14).",
  },
  {
    id: "lv-leger-des-heils",
    name: "Leger des Heils",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("zwerfjongere", "justitiabele"),
    assumed: assumedGroups("opvang van dak- en thuislozen en jongeren, reclasseringswerk"),
    note: "Ondergetekende 13.",
  },
  {
    id: "lv-limor",
    name: "LIMOR",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("gezin_dreigende_uitzetting"),
    note: "Ondergetekende 14. Begeleidt het gezin in een noodwoning vanaf de eerste dag en verzoekt de sociale verhuurders een woning te zoeken (art. 6 lid 1-3); screent mee bij uitzetting uit de particuliere sector (art. 6 lid 5).",
  },
  {
    id: "lv-middin",
    name: "Middin",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("verstandelijke_beperking"),
    assumed: assumedGroups("zorg voor mensen met een verstandelijke beperking"),
    note: "Ondergetekende 15.",
  },
  {
    id: "lv-parnassia-haaglanden",
    name: "Parnassia Haaglanden",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch"),
    assumed: assumedGroups("geestelijke gezondheidszorg"),
    note: "Ondergetekende 16.",
  },
  {
    id: "lv-reclassering-nederland",
    name: "Reclassering Nederland",
    role: "reclassering",
    signatory: true,
    targetGroups: groups("justitiabele"),
    note: "Ondergetekende 17. Justitiabelen met justitieel kader staan onder toezicht van Reclassering Nederland (art. 1 sub i). Mag kandidaten voordragen (art. 4 lid 1).",
  },
  {
    id: "lv-ribw-fonteynenburg",
    name: "RIBW Fonteynenburg",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("psychiatrisch"),
    assumed: assumedGroups("beschermd en begeleid wonen voor mensen met psychiatrische problemen"),
    note: "Ondergetekende 18.",
  },
  {
    id: "lv-stichting-duivenvoorde",
    name: "Stichting Duivenvoorde",
    role: "sociale_verhuurder",
    signatory: true,
    note: "Ondergetekende 19, sociale verhuurder. 1 woning per jaar (art. 2 Sociale verhuurders b, art. 9); kandidaten schrijven zich hier in in plaats van bij Woonnet Haaglanden (art. 5 lid 6 sub b); biedt geen noodwoning aan (art. 6 lid 4).",
  },
  {
    id: "lv-jeugdformaat",
    name: "Stichting Jeugdformaat",
    role: "zorgorganisatie",
    signatory: true,
    targetGroups: groups("zwerfjongere"),
    assumed: assumedGroups("jeugdhulp, waaronder begeleiding van jongeren naar zelfstandig wonen"),
    note: "Ondergetekende 20.",
  },
  {
    id: "lv-vidomes",
    name: "Stichting Vidomes",
    role: "sociale_verhuurder",
    signatory: true,
    note: "Ondergetekende 21, sociale verhuurder (woningen via Woonnet Haaglanden).",
  },
  {
    id: "lv-wooninvest",
    name: "Stichting WoonInvest",
    role: "sociale_verhuurder",
    signatory: true,
    note: "Ondergetekende 22, sociale verhuurder (woningen via Woonnet Haaglanden).",
  },
  {
    id: "lv-wmo-maatwerk",
    name: "Wmo Maatwerk",
    role: "zorgorganisatie",
    signatory: true,
    note: "Ondergetekende 23; in de ondertekening met een andere vertegenwoordiger. De bron noemt geen doelgroepen.",
  },
  {
    id: "lv-jeugdinterventieteam",
    name: "JeugdInterventieTeam",
    role: "zorgorganisatie",
    signatory: "signature-block",
    assumed:
      "ASSUMED: rol zorgorganisatie; de bron noemt het JeugdInterventieTeam alleen in de ondertekening (art. 14), niet als genummerde partij. / Role zorgorganisatie; the seed names it only in the signature block.",
    note: "Alleen in de ondertekening (art. 14).",
  },
  {
    id: "lv-platform",
    name: "Platform huisvesting zorgafhankelijke groepen Leidschendam-Voorburg",
    role: "platform",
    signatory: false,
    note: "Overleg van vertegenwoordigers van alle partijen, minstens tweemaal per jaar (art. 2, art. 3); stelt de verdeling van de convenantwoningen vast (art. 3, art. 9) en kan nieuwe partijen uitnodigen (art. 13 lid 2).",
  },
];

export function lvParty(id: string): Party {
  const party = lvParties.find((p) => p.id === id);
  if (!party) throw new Error(`unknown LV party ${id}`);
  return party;
}
