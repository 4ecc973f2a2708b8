import { PartyRoleSchema, type PartyRole } from "@convenantbot/domain";
import type { Member, Store, StoredParty } from "@convenantbot/store";
import type { SignalActor } from "../signals/signal-service.js";
import type { SsoResult } from "./sso-verifier.js";

/** Who calls the tab API: a member of a party; the party's role decides what it may see. */
export interface TabCaller {
  member: Member;
  party: StoredParty & { role: PartyRole };
  /** The same actor the bot uses for this member: audit entries and SignalService calls match. */
  actor: SignalActor;
  mode: "teams" | "dev";
}

export type Identification =
  { ok: true; caller: TabCaller } | { ok: false; status: 401 | 403; message_nl: string; message_en: string };

export interface IdentifyDeps {
  store: Store;
  verify: (token: string) => Promise<SsoResult>;
  /** Only in local mode (no Microsoft app id) does the demo header count; never in production. */
  localMode: boolean;
  demoTenantId: string;
}

const refuse = (status: 401 | 403, message_nl: string, message_en: string): Identification => ({
  ok: false,
  status,
  message_nl,
  message_en,
});

const noCredentials = () =>
  refuse(
    401,
    "Niet aangemeld: open de tab in Microsoft Teams (Authorization: Bearer <Teams SSO-token>).",
    "Not signed in: open the tab in Microsoft Teams (Authorization: Bearer <Teams SSO token>).",
  );

async function callerOf(store: Store, member: Member | undefined, mode: TabCaller["mode"]): Promise<Identification> {
  if (!member) {
    return refuse(
      403,
      "Je bent (nog) niet bekend als medewerker van een convenantpartij; vraag de beheerder je toe te voegen.",
      "You are not (yet) known as a caseworker of a convenant party; ask the administrator to add you.",
    );
  }
  const party = await store.parties.get(member.partyId);
  const role = PartyRoleSchema.safeParse(party?.role);
  if (!party || !role.success)
    return refuse(403, "Je organisatie is niet (meer) bekend.", "Your organisation is not (or no longer) known.");
  return {
    ok: true,
    caller: {
      member,
      party: { ...party, role: role.data },
      actor: { partyId: party.id, role: role.data, actor: `member:${member.id}`, memberId: member.id },
      mode,
    },
  };
}

/**
 * Identifies the caller of /api/tab/*: a Teams SSO token (verified, then `oid` + `tid` mapped
 * to a member), or, in local mode only, the playground's demo header naming a demo caseworker
 * of the demo tenant. A bearer always wins over the header, so a forged header cannot
 * override a real identity.
 */
export async function identifyCaller(
  request: { authorization: string | undefined; devUser: string | undefined },
  deps: IdentifyDeps,
): Promise<Identification> {
  const authorization = request.authorization?.trim();
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) return noCredentials();
    const result = await deps.verify(token);
    if (!result.ok) {
      if (result.reason === "not_configured")
        return refuse(
          401,
          "Teams-aanmelding (SSO) is op deze server niet ingesteld (TAB_SSO_AUDIENCE).",
          "Teams sign-in (SSO) is not configured on this server (TAB_SSO_AUDIENCE).",
        );
      if (result.reason === "tenant_not_allowed")
        return refuse(
          403,
          "Je organisatie (tenant) heeft geen toegang tot Convenantbot.",
          "Your organisation (tenant) has no access to Convenantbot.",
        );
      return refuse(
        401,
        "Je Teams-aanmelding is ongeldig of verlopen; laad de tab opnieuw.",
        "Your Teams sign-in is invalid or expired; reload the tab.",
      );
    }
    return callerOf(
      deps.store,
      await deps.store.members.byAadObjectId(result.identity.tid, result.identity.oid),
      "teams",
    );
  }
  const devUser = request.devUser?.trim();
  if (devUser) {
    // Outside local mode the header is ignored as a credential: the same answer as none at all.
    if (!deps.localMode) return noCredentials();
    const member = await deps.store.members.byTeamsUserId(devUser);
    if (!member || member.tenantId !== deps.demoTenantId)
      return refuse(401, "Onbekende demogebruiker.", "Unknown demo user.");
    return callerOf(deps.store, member, "dev");
  }
  return noCredentials();
}
