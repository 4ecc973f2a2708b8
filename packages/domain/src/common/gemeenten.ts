/**
 * Gemeenten of the convenant regions with their own village names (kernen), so
 * "Voorburg" or "stompwijk" counts as Leidschendam-Voorburg (facts.md, residentOf).
 */
export const gemeenteKernen: Readonly<Record<string, readonly string[]>> = {
  // Nootdorp belongs to Pijnacker-Nootdorp and Leidschenveen to Den Haag: neither counts here.
  "Leidschendam-Voorburg": ["Leidschendam", "Voorburg", "Stompwijk"],
  // Polsbroek went to Lopik when Vlist was split up in 2015.
  Krimpenerwaard: [
    "Ammerstol",
    "Bergambacht",
    "Bergstoep",
    "Berkenwoude",
    "Gouderak",
    "Haastrecht",
    "Krimpen aan de Lek",
    "Lekkerkerk",
    "Opperduit",
    "Ouderkerk aan den IJssel",
    "Schoonhoven",
    "Schuwacht",
    "Stolwijk",
    "Vlist",
  ],
  Gouda: [],
  "Bodegraven-Reeuwijk": ["Bodegraven", "Reeuwijk", "Nieuwerbrug aan den Rijn", "Driebruggen", "Waarder"],
  Waddinxveen: [],
  Zuidplas: ["Nieuwerkerk aan den IJssel", "Moordrecht", "Zevenhuizen", "Moerkapelle"],
  Blaricum: [],
  "Gooise Meren": ["Bussum", "Naarden", "Muiden", "Muiderberg"],
  Hilversum: [],
  Huizen: [],
  Laren: [],
  Wijdemeren: ["Loosdrecht", "Kortenhoef", "'s-Graveland", "Ankeveen", "Nederhorst den Berg", "Breukeleveen"],
};

// "Leidschendam Voorburg", "leidschendam-voorburg" and "LEIDSCHENDAM - VOORBURG" are one name.
const normaliseText = (name: string) =>
  name
    .trim()
    .toLocaleLowerCase("nl")
    .replace(/[\s\-‐–]+/g, " ");

// Checks ask about the same few places again and again (LV.5.6.c on every check), and the
// locale-aware lower-casing with the replace was a tenth of an lv-zorgafhankelijk check.
const normalised = new Map<string, string>();

function normalise(name: string): string {
  let text = normalised.get(name);
  if (text === undefined) {
    text = normaliseText(name);
    if (normalised.size >= 4096) normalised.clear();
    normalised.set(name, text);
  }
  return text;
}

const lookup = new Map<string, string>();
for (const [gemeente, kernen] of Object.entries(gemeenteKernen)) {
  lookup.set(normalise(gemeente), gemeente);
  for (const kern of kernen) lookup.set(normalise(kern), gemeente);
}

/** The gemeente a place name belongs to, or the trimmed input when we do not know it. */
export function gemeenteOf(place: string): string {
  return lookup.get(normalise(place)) ?? place.trim();
}

export function isSameGemeente(place: string, gemeente: string): boolean {
  return normalise(gemeenteOf(place)) === normalise(gemeente);
}
