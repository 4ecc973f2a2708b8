import type { Party } from "../../parties/party.js";

const unnamed =
  "ASSUMED: de bron noemt deze partij alleen in het algemeen, niet bij naam; een regio vult de organisaties in. / The seed names this party only in general terms.";

/**
 * Seed 002_55f02754f0fc6e60.txt: the five gemeenten sign (the "Partijen" block); the
 * toelichting names the other actors. Only the gemeenten are parties to the convenant.
 */
export const mhParties: readonly Party[] = [
  { id: "mh-gemeente-bodegraven-reeuwijk", name: "Gemeente Bodegraven-Reeuwijk", role: "gemeente", signatory: true },
  { id: "mh-gemeente-gouda", name: "Gemeente Gouda", role: "gemeente", signatory: true },
  { id: "mh-gemeente-krimpenerwaard", name: "Gemeente Krimpenerwaard", role: "gemeente", signatory: true },
  { id: "mh-gemeente-waddinxveen", name: "Gemeente Waddinxveen", role: "gemeente", signatory: true },
  { id: "mh-gemeente-zuidplas", name: "Gemeente Zuidplas", role: "gemeente", signatory: true },
  {
    id: "mh-hulpverleningsinstantie",
    name: "Hulpverleningsinstantie / instelling waaruit de kandidaat uitstroomt",
    role: "zorgorganisatie",
    signatory: false,
    assumed: unnamed,
    note: "Beoordeelt of de kandidaat zelfstandig kan wonen en of Midden-Holland de meest aangewezen verblijfplaats is, en meldt aan voor de centrale wachtlijst (art. 1 sub c; toelichting art. 1).",
  },
  {
    id: "mh-woningcorporaties",
    name: "Woningcorporaties in Midden-Holland",
    role: "sociale_verhuurder",
    signatory: false,
    assumed: unnamed,
    note: "Geen partij bij dit convenant; wijzen de woningen toe via directe bemiddeling, buiten het reguliere woonruimteverdeelsysteem (prestatieafspraken met de gemeenten; toelichting art. 2).",
  },
  {
    id: "mh-veiligheidshuis",
    name: "Veiligheidshuis Midden-Holland",
    role: "platform",
    signatory: false,
    note: "Regionaal casusoverleg over gedetineerde inwoners; de gemeente coördineert de nazorg voor ex-gedetineerden (toelichting art. 2).",
  },
  {
    id: "mh-kwintes-vrouwenopvang",
    name: "Kwintes Vrouwenopvang MH",
    role: "zorgorganisatie",
    signatory: false,
    note: "Uitstroom uit de Vrouwenopvang loopt via urgentie (huisvestingsverordening), niet via het contingent van dit convenant (toelichting art. 2).",
  },
  {
    id: "mh-bestuurlijk-overleg",
    name: "Regionaal bestuurlijk overleg Ruimte en Wonen Midden-Holland",
    role: "platform",
    signatory: false,
    note: "Stelt het regionale aantal woningen voor de doelgroep vast (art. 2 lid 2-3), verdeeld met de verdeelsleutel van art. 3 (MH.3).",
  },
];
