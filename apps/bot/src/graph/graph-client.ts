import { GraphError } from "./graph-error.js";
import type { GraphSettings } from "./graph-settings.js";
import { GraphTokenSource } from "./graph-token.js";

/** Attempts per call (the first and two retries); the outbox retries a failed delivery later on its own backoff. */
const MAX_ATTEMPTS = 3;
/** A Retry-After longer than this is not waited for here: the outbox tries again later instead. */
const MAX_WAIT_MS = 10_000;

export interface GraphResponse {
  status: number;
  body: unknown;
}

/**
 * A small typed Graph client over fetch: bearer token (client credentials), JSON, and a bounded
 * retry on 429 and 5xx that honours Retry-After. The official @microsoft/microsoft-graph-client
 * was weighed: it is in maintenance (its successor is the generated msgraph SDK), sends its
 * token only to Microsoft's own hosts (a configurable endpoint needs customHosts) and retries
 * 429/503/504 in whole seconds; for two Teams calls this is less code and fully testable.
 */
export class GraphClient {
  private readonly baseUrl: string;
  private readonly tokens: GraphTokenSource;

  constructor(
    private readonly settings: GraphSettings,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    this.baseUrl = settings.baseUrl.replace(/\/+$/, "");
    this.tokens = new GraphTokenSource(settings);
  }

  /** The absolute address of a Graph resource (for `@odata.bind`). */
  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  /**
   * One call. Answers 2xx and the statuses in `accept` (e.g. 409 "already installed") as a
   * response; throws a GraphError for anything else once the retries are spent.
   */
  async request(
    operation: string,
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    accept: readonly number[] = [],
  ): Promise<GraphResponse> {
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const token = await this.tokens.token();
      let response: Response | undefined;
      try {
        response = await fetch(this.url(path), {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: "application/json",
            ...(body !== undefined ? { "content-type": "application/json" } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(15_000),
        });
      } catch {
        response = undefined; // no answer (refused, reset, timeout): transient
      }
      if (response && (response.ok || accept.includes(response.status))) {
        const text = await response.text();
        return { status: response.status, body: text ? safeJson(text) : undefined };
      }
      // A revoked or rotated token: once, with a new one.
      if (response?.status === 401 && !refreshed) {
        refreshed = true;
        this.tokens.invalidate();
        await response.body?.cancel();
        attempt--;
        continue;
      }
      const error = new GraphError(response?.status, response ? await errorCode(response) : undefined, operation);
      const wait = response ? retryAfterMs(response) : undefined;
      if (!error.transient || attempt >= MAX_ATTEMPTS || (wait ?? 0) > MAX_WAIT_MS) throw error;
      await this.sleep(wait ?? (this.settings.retryBaseMs ?? 500) * 2 ** (attempt - 1));
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Graph's error code (e.g. "Forbidden", "NotFound"); its message is dropped on purpose (see GraphError). */
async function errorCode(response: Response): Promise<string | undefined> {
  const body = safeJson(await response.text().catch(() => "")) as { error?: { code?: unknown } } | undefined;
  const code = body?.error?.code;
  return typeof code === "string" && /^[\w.-]{1,64}$/.test(code) ? code : undefined;
}

/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
