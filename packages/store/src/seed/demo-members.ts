import type { PartyRole } from "@convenantbot/domain";
import type { MemberRole } from "../records/member.js";

/** Tenant of the local playground: never a real Microsoft Entra tenant. */
export const demoTenantId = "00000000-0000-0000-0000-000000000001";

export interface DemoMember {
  teamsUserId: string;
  aadObjectId: string;
  displayName: string;
  role: MemberRole;
  /** The member joins the first seeded party with this role (see preferredPartyIds). */
  partyRole: PartyRole;
  /** Tried in order before any other party of the role (which are taken in id order). */
  preferredPartyIds: readonly string[];
  isCoordinator: boolean;
}

/**
 * Fictional caseworkers for the local playground, one per kind of party that acts in the
 * convenanten. Ids are Teams-style (`29:demo-...`) so the bot treats them like real users.
 * Most sit in Leidschendam-Voorburg, the one convenant with all five kinds of party, so a
 * whole LV case plays in one region; KW, MH and GV have one each where their routes differ.
 */
export const demoMembers: readonly DemoMember[] = [
  member("29:demo-woonconsulent", "a1", "Demo Woonconsulent (Vidomes)", "woonconsulent", "sociale_verhuurder", [
    "lv-vidomes",
  ]),
  member("29:demo-begeleider", "a2", "Demo Begeleider (RIBW Fonteynenburg)", "begeleider", "zorgorganisatie", [
    "lv-ribw-fonteynenburg",
  ]),
  member("29:demo-casemanager", "a3", "Demo Casemanager (Lokale Kamer)", "casemanager", "lokale_kamer", [
    "lv-lokale-kamer",
  ]),
  // The Meldpunt coordinates until a regiehouder takes over (KW convenant): coordinator.
  member(
    "29:demo-meldpunt",
    "a4",
    "Demo Meldpunt Zorg en Overlast (GGD Hollands-Midden)",
    "meldpunt_medewerker",
    "meldpunt",
    ["kw-meldpunt-ggd-hm"],
    true,
  ),
  member("29:demo-gemeente", "a5", "Demo Gemeente Krimpenerwaard", "gemeente_medewerker", "gemeente", [
    "kw-gemeente-krimpenerwaard",
  ]),
  member("29:demo-woonconsulent-kw", "a6", "Demo Woonconsulent (QuaWonen)", "woonconsulent", "sociale_verhuurder", [
    "kw-quawonen",
  ]),
  member(
    "29:demo-meldpunt-lv",
    "a7",
    "Demo Meldpunt Zorgwekkend gedrag (GGD Haaglanden)",
    "meldpunt_medewerker",
    "meldpunt",
    ["lv-ggd-haaglanden"],
    true,
  ),
  member("29:demo-hulpverlener-mh", "a8", "Demo Hulpverlener (Midden-Holland)", "begeleider", "zorgorganisatie", [
    "mh-hulpverleningsinstantie",
  ]),
  member(
    "29:demo-zorgaanbieder-gv",
    "a9",
    "Demo Zorgaanbieder (Gooi en Vechtstreek)",
    "begeleider",
    "zorgorganisatie",
    ["gv-zorgaanbieders"],
  ),
];

function member(
  teamsUserId: string,
  aadSuffix: string,
  displayName: string,
  role: MemberRole,
  partyRole: PartyRole,
  preferredPartyIds: readonly string[],
  isCoordinator = false,
): DemoMember {
  return {
    teamsUserId,
    aadObjectId: `00000000-0000-0000-0000-0000000000${aadSuffix}`,
    displayName,
    role,
    partyRole,
    preferredPartyIds,
    isCoordinator,
  };
}

/**
 * Used only when no rulebook yet has a party of a demo member's role (rulebooks are being
 * added): a clearly marked demo party, so the playground always has all five caseworkers.
 */
export function fallbackDemoParty(role: PartyRole) {
  return {
    id: `demo-${role.replace(/_/g, "-")}`,
    name: `Demo ${role.replace(/_/g, " ")}`,
    role,
    signatory: false as const,
    assumed: "ASSUMED: demo party for the local playground; not a party of any convenant.",
  };
}
