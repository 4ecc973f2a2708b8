import { t, type Localized } from "../../common/localized.js";

/**
 * Doelgroepen of the LV convenant (seed 004_155496c065a393ec.txt). The first six are the
 * examples of art. 1 sub r ("zoals": the list is not closed, hence "anders"); the last three
 * are the groups the seed assigns to a party (art. 1 sub a/d/k, art. 2, art. 6 lid 1).
 */
export const lvTargetGroups = {
  psychiatrisch: {
    article: "art. 1 sub r",
    label: t("Mensen met een psychiatrische achtergrond", "People with a psychiatric background"),
  },
  verstandelijke_beperking: {
    article: "art. 1 sub r",
    label: t("Mensen met een verstandelijke beperking", "People with an intellectual disability"),
  },
  huiselijk_geweld: {
    article: "art. 1 sub r",
    label: t(
      "Mensen op de vlucht voor huiselijk geweld/eerwraak",
      "People fleeing domestic violence or honour violence",
    ),
  },
  zwerfjongere: { article: "art. 1 sub r", label: t("Zwerfjongeren", "Homeless youth") },
  tienermoeder: { article: "art. 1 sub r", label: t("Tienermoeders", "Teenage mothers") },
  justitiabele: {
    article: "art. 1 sub h, i, r",
    label: t("Justitiabelen", "People recently in contact with justice (justitiabelen)"),
  },
  anders: { article: "art. 1 sub r", label: t("Een andere zorgafhankelijke groep", "Another care-dependent group") },
  ex_gedetineerde: {
    article: "art. 1 sub a, d",
    label: t("Ex-gedetineerden met nazorg van de gemeente", "Ex-prisoners with aftercare from the gemeente"),
  },
  complexe_problematiek: {
    article: "art. 1 sub k; art. 2 Lokale Kamer",
    label: t("Inwoners met complexe meervoudige problematiek", "Residents with complex multiple problems"),
  },
  gezin_dreigende_uitzetting: {
    article: "art. 2 Meldpunt; art. 6 lid 1",
    label: t(
      "Gezinnen met inwonende minderjarige kinderen die (dreigen te) worden uitgezet",
      "Families with minor children living at home who face (threatened) eviction",
    ),
  },
} as const satisfies Record<string, { article: string; label: Localized }>;

export type LvTargetGroup = keyof typeof lvTargetGroups;

/** The values a caseworker can choose for the `targetGroup` fact: art. 1 sub r only. */
export const lvDoelgroepChoices = [
  "psychiatrisch",
  "verstandelijke_beperking",
  "huiselijk_geweld",
  "zwerfjongere",
  "tienermoeder",
  "justitiabele",
  "anders",
] as const satisfies readonly LvTargetGroup[];
