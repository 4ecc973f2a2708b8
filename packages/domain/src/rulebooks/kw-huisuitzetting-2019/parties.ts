import type { Party } from "../../parties/party.js";

/** Signatories of seed 001_60f009ea6e71d34a.txt (the "Getekend" block and the werkafspraken annexes). */
export const kwParties: readonly Party[] = [
  { id: "kw-gemeente-krimpenerwaard", name: "Gemeente Krimpenerwaard", role: "gemeente", signatory: true },
  {
    id: "kw-meldpunt-ggd-hm",
    name: "GGD Hollands-Midden (Meldpunt Zorg en Overlast)",
    role: "meldpunt",
    signatory: true,
    note: "Stelt kwetsbaarheid vast, leidt toe naar hulp, coördineert tot overdracht aan een nieuwe regiehouder.",
  },
  { id: "kw-quawonen", name: "QuaWonen", role: "sociale_verhuurder", signatory: true },
  { id: "kw-groen-wonen-vlist", name: "Groen Wonen Vlist", role: "sociale_verhuurder", signatory: true },
  { id: "kw-beter-wonen", name: 'Woningbouwvereniging "Beter Wonen"', role: "sociale_verhuurder", signatory: true },
  { id: "kw-samenwerking", name: 'Woningbouwstichting "Samenwerking"', role: "sociale_verhuurder", signatory: true },
  { id: "kw-woningstichting-gouderak", name: "Woningstichting Gouderak", role: "sociale_verhuurder", signatory: true },
  { id: "kw-woonzorg-nederland", name: "Woonzorg Nederland", role: "sociale_verhuurder", signatory: true },
  { id: "kw-vestia", name: "Vestia", role: "sociale_verhuurder", signatory: true },
];
