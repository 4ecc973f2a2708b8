import { DEV_USER_HEADER } from "@convenantbot/contract";

/** What every /api/tab call sends to say who is asking. */
export interface TabAuth {
  headers(): Promise<Record<string, string>>;
}

/** Dev mode (local playground only): the bot accepts this header only in local mode. */
export function devAuth(userId: string): TabAuth {
  return { headers: async () => ({ [DEV_USER_HEADER]: userId }) };
}

/** The `exp` claim (seconds) of a JWT, without verifying it: only to know when to ask again. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const json = atob(
      payload
        .replace(/-/g, "+")
        .replace(/_/g, "/")
        .padEnd(Math.ceil(payload.length / 4) * 4, "="),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Teams SSO: a token from teams-js `authentication.getAuthToken()`, which the bot verifies.
 * Kept until five minutes before it expires, so a page of requests asks Teams once.
 */
export function ssoAuth(getToken: () => Promise<string>, now: () => number = () => Date.now()): TabAuth {
  let cached: { token: string; renewAt: number } | undefined;
  return {
    async headers() {
      if (!cached || now() >= cached.renewAt) {
        const token = await getToken();
        const exp = tokenExpiry(token);
        cached = { token, renewAt: exp ? exp * 1000 - 5 * 60_000 : now() };
      }
      return { authorization: `Bearer ${cached.token}` };
    },
  };
}
