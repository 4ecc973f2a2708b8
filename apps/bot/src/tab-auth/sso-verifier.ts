import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";

/** Who a verified Teams SSO token names: the Entra object id and tenant, the store's member key. */
export interface SsoIdentity {
  oid: string;
  tid: string;
}

export interface SsoSettings {
  /** Signing keys (JWKS) of Microsoft Entra ID, or a loopback JWKS in tests. */
  jwksUrl: string;
  /** Accepted `aud` values; empty: the app id and `api://<domain>/<app id>`. */
  audiences: readonly string[];
  /** The bot's Microsoft app (client) id; "" in local mode. */
  appId: string;
  /** Tenants whose users may call; empty: any tenant (the member directory still decides). */
  allowedTenants: readonly string[];
}

export type SsoResult =
  { ok: true; identity: SsoIdentity } | { ok: false; reason: "not_configured" | "invalid" | "tenant_not_allowed" };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when SSO can check an audience at all: without one, any Entra token for any app would pass. */
export function ssoConfigured(settings: Pick<SsoSettings, "audiences" | "appId">): boolean {
  return settings.audiences.length > 0 || settings.appId !== "";
}

/**
 * The token is for this app: an audience named in the settings, or (none named) the app id
 * itself or its Application ID URI `api://<domain>/<app id>` (what Teams SSO issues for the
 * manifest's webApplicationInfo.resource).
 */
export function audienceAccepted(aud: unknown, settings: Pick<SsoSettings, "audiences" | "appId">): boolean {
  const values = Array.isArray(aud)
    ? aud.filter((a): a is string => typeof a === "string")
    : typeof aud === "string"
      ? [aud]
      : [];
  if (settings.audiences.length > 0) return values.some((a) => settings.audiences.includes(a));
  if (!settings.appId) return false;
  return values.some(
    (a) =>
      a === settings.appId ||
      (a.startsWith("api://") &&
        a.endsWith(`/${settings.appId}`) &&
        !a.slice(6, -settings.appId.length - 1).includes("/")),
  );
}

/** Entra issues v1 (sts.windows.net) or v2 (login.microsoftonline.com) tokens; both name the tenant. */
export function issuerMatchesTenant(iss: unknown, tid: string): boolean {
  return iss === `https://login.microsoftonline.com/${tid}/v2.0` || iss === `https://sts.windows.net/${tid}/`;
}

/**
 * Verifies a Teams SSO token (teams-js authentication.getAuthToken): RS256 signature by a key
 * of the JWKS, not expired, for this app, issued by the tenant it names, from an allowed
 * tenant. The page's own Teams context is never trusted for identity; only this token.
 */
export function createSsoVerifier(
  settings: SsoSettings,
  keys?: JWTVerifyGetKey,
): (token: string) => Promise<SsoResult> {
  if (!ssoConfigured(settings)) return async () => ({ ok: false, reason: "not_configured" });
  // Keys are fetched on first use and cached; an unknown `kid` triggers one refetch (key rollover).
  const getKey =
    keys ??
    createRemoteJWKSet(new URL(settings.jwksUrl), {
      timeoutDuration: 5_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms: ["RS256"],
        clockTolerance: 60,
        requiredClaims: ["exp", "iss", "aud", "oid", "tid"],
      }));
    } catch {
      return { ok: false, reason: "invalid" };
    }
    const { oid, tid } = payload;
    if (typeof oid !== "string" || typeof tid !== "string" || !GUID.test(oid) || !GUID.test(tid))
      return { ok: false, reason: "invalid" };
    if (!audienceAccepted(payload["aud"], settings) || !issuerMatchesTenant(payload["iss"], tid))
      return { ok: false, reason: "invalid" };
    if (settings.allowedTenants.length > 0 && !settings.allowedTenants.includes(tid))
      return { ok: false, reason: "tenant_not_allowed" };
    return { ok: true, identity: { oid: oid.toLowerCase(), tid: tid.toLowerCase() } };
  };
}
