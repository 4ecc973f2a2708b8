import { z } from "zod";
import { GraphError } from "./graph-error.js";
import type { GraphSettings } from "./graph-settings.js";

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
  token_type: z.string().optional(),
});

/**
 * An app-only Graph token by the OAuth 2.0 client credentials grant, kept until a minute before
 * it expires. Our own small client rather than @azure/identity: MSAL refuses an authority that
 * is not https and asks Microsoft's instance discovery first, so the configurable authority
 * could not be a loopback stub in tests; the grant itself is one form POST.
 */
export class GraphTokenSource {
  private cached: { token: string; until: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly settings: Pick<
      GraphSettings,
      "authorityUrl" | "tenantId" | "clientId" | "clientSecret" | "baseUrl"
    >,
    private readonly now: () => number = Date.now,
  ) {}

  /** The scope is the Graph resource of GRAPH_BASE_URL (national clouds have their own). */
  private get scope(): string {
    return `${new URL(this.settings.baseUrl).origin}/.default`;
  }

  async token(): Promise<string> {
    if (this.cached && this.cached.until > this.now()) return this.cached.token;
    // Concurrent deliveries share one request.
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** A 401 from Graph: the token was revoked or rotated; the next call fetches a new one. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const url = `${this.settings.authorityUrl.replace(/\/+$/, "")}/${encodeURIComponent(this.settings.tenantId)}/oauth2/v2.0/token`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: this.settings.clientId,
          client_secret: this.settings.clientSecret,
          scope: this.scope,
        }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new GraphError(undefined, undefined, "token");
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok)
      throw new GraphError(response.status, (body as { error?: unknown } | undefined)?.error?.toString(), "token");
    const parsed = TokenResponseSchema.safeParse(body);
    if (!parsed.success) throw new GraphError(response.status, "invalid_token_response", "token");
    this.cached = {
      token: parsed.data.access_token,
      until: this.now() + Math.max(0, parsed.data.expires_in - 60) * 1000,
    };
    return parsed.data.access_token;
  }
}
