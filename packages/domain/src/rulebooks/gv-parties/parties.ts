import type { Party } from "../../parties/party.js";

const seed000 = "000_d628490ca6f6bba0.txt";
const seed003 = "003_678f56d0468f9c28.txt";
const collective =
  "ASSUMED: de bron noemt deze partners alleen als groep, niet bij naam; een regio vult de organisaties in. / The seed names these partners only as a group.";

/**
 * Party directory of Regio Gooi en Vechtstreek, shared by gv-hov-2025 and gv-urgentie-2019.
 * Seed 000 (HOV/HMD 2025): the six gemeenten, all regional woningcorporaties and several
 * zorgaanbieders signed; Weesp and Ymere leave. Seed 003: the urgentie bodies.
 */
export const gvParties: readonly Party[] = [
  ...["Blaricum", "Gooise Meren", "Hilversum", "Huizen", "Laren", "Wijdemeren"].map((name): Party => ({
    id: `gv-gemeente-${name.toLowerCase().replace(/\s+/g, "-")}`,
    name: `Gemeente ${name}`,
    role: "gemeente",
    signatory: true,
    note: `College stelde het HMD-convenant 2019 vast en ondertekende het; ondertekent de geactualiseerde versie opnieuw (${seed000}).`,
  })),
  {
    id: "gv-woningcorporaties",
    name: "Regionale woningcorporaties (HMD-convenant)",
    role: "sociale_verhuurder",
    signatory: true,
    assumed: collective,
    note: `Alle regionale woningcorporaties ondertekenden het HMD-convenant mee (${seed000}); verhuren onder voorwaarden via directe bemiddeling.`,
  },
  {
    id: "gv-zorgaanbieders",
    name: "Zorgaanbieders in het HMD-convenant",
    role: "zorgorganisatie",
    signatory: true,
    assumed: collective,
    note: `Diverse (maatschappelijke) zorgaanbieders ondertekenden mee; nieuwe sluiten aan (${seed000}). Tekenen het zorgcontract (HOV) mee en kunnen als intermediaire verhuurder optreden.`,
  },
  {
    id: "gv-team-hmd",
    name: "Regio Gooi en Vechtstreek, team Huisvesting Maatschappelijke Doelgroepen",
    role: "platform",
    signatory: false,
    note: `Draagt bij aan het convenant en de ondertekening (${seed000}); het regionale Risicofonds is van de Regio (Algemeen Bestuur, 26 juni 2024).`,
  },
  {
    id: "gv-urgentiebureau",
    name: "Regio Gooi en Vechtstreek, regionaal urgentiebureau",
    role: "platform",
    signatory: false,
    note: `Behandelt urgentieaanvragen en monitort directe bemiddelingen en huisvesting van statushouders per half jaar (${seed003}, voorstellen 3.3.2 en 3.3.3).`,
  },
  {
    id: "gv-urgentiecommissie",
    name: "Regionale urgentiecommissie Gooi en Vechtstreek",
    role: "urgentiecommissie",
    signatory: false,
    note: `Brengt advies uit bij medische urgentie en beslist over de voorwaarden en de termijn van een jaar bij uitstroom uit instellingen (${seed003} § 4.2 en 4.3).`,
  },
  {
    id: "gv-medisch-deskundige",
    name: "Regionaal medisch deskundige",
    role: "urgentiecommissie",
    signatory: false,
    note: `Adviseert met de urgentiecommissie over medische urgentie (${seed003} § 4.2 criterium 1).`,
  },
  {
    id: "gv-gemeente-weesp",
    name: "Gemeente Weesp",
    role: "gemeente",
    signatory: false,
    note: `Verlaat de regio en is geen partij meer bij het geactualiseerde convenant (${seed000}).`,
  },
  {
    id: "gv-ymere",
    name: "Ymere",
    role: "sociale_verhuurder",
    signatory: false,
    note: `Verlaat de regio en is geen partij meer bij het geactualiseerde convenant (${seed000}).`,
  },
];

/** Parties that left the region (seed 000): kept so the bot can say so, never proposed. */
export const gvFormerPartyIds: readonly string[] = ["gv-gemeente-weesp", "gv-ymere"];
