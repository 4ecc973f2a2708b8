import type { z } from "zod";
import type { SignalAction } from "@convenantbot/domain";
import type { TabAuth } from "../host/auth";
import {
  AanmeldingListSchema,
  CaseStepRequestSchema,
  CaseStepResultSchema,
  type CaseStepRequest,
  ApiErrorSchema,
  DevUsersSchema,
  MeSchema,
  MonitoringSchema,
  QuotaDashboardSchema,
  SignalActionRequestSchema,
  SignalActionResultSchema,
  SignalBatchAnswerSchema,
  SignalDetailSchema,
  SignalListSchema,
  type SignalListQuery,
} from "@convenantbot/contract";

/** A failed call, in both languages, with the HTTP status (0: no answer at all). */
export class TabApiError extends Error {
  constructor(
    readonly status: number,
    readonly message_nl: string,
    readonly message_en: string,
  ) {
    super(`${message_nl} / ${message_en}`);
    this.name = "TabApiError";
  }

  text(lang: "nl" | "en"): string {
    return lang === "nl" ? this.message_nl : this.message_en;
  }
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** No answer at all (the bot is down, the network is gone): status 0. */
function noConnection(error: unknown): TabApiError {
  const reason = error instanceof Error ? error.message : String(error);
  return new TabApiError(
    0,
    `Geen verbinding met Convenantbot (${reason}).`,
    `No connection to Convenantbot (${reason}).`,
  );
}

async function errorOf(response: Response): Promise<TabApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) return new TabApiError(response.status, parsed.data.message_nl, parsed.data.message_en);
  return new TabApiError(
    response.status,
    `Onverwacht antwoord (HTTP ${response.status}).`,
    `Unexpected answer (HTTP ${response.status}).`,
  );
}

/**
 * The tab's only way to the bot: every call carries who is asking (SSO token or, in the
 * playground, the demo header) and every answer is parsed with the contract's zod schema,
 * so a changed API shows as a clear error instead of a half-rendered view.
 */
export function createTabApi(auth: TabAuth, fetchImpl: Fetch = (url, init) => fetch(url, init), base = "/api/tab") {
  async function call<S extends z.ZodType>(
    schema: S,
    path: string,
    init: {
      method?: string;
      body?: unknown;
      /** A CSV file's text as the body (text/csv) instead of JSON. */
      csv?: string;
      headers?: Readonly<Record<string, string>>;
      anonymous?: boolean;
      /** Error statuses whose body is still an answer of `schema` (a batch that stored no row: 422). */
      answeredStatuses?: readonly number[];
    } = {},
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = {
      accept: "application/json",
      ...init.headers,
      ...(init.anonymous ? {} : await auth.headers()),
    };
    const body = init.csv ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
    if (body !== undefined)
      headers["content-type"] = init.csv !== undefined ? "text/csv; charset=utf-8" : "application/json";
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method: init.method ?? "GET",
        headers,
        ...(body !== undefined ? { body } : {}),
      });
    } catch (error) {
      throw noConnection(error);
    }
    if (!response.ok && !init.answeredStatuses?.includes(response.status)) throw await errorOf(response);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join(".") ?? "";
      throw new TabApiError(
        response.status,
        `Het antwoord van ${path} klopt niet (${where}).`,
        `The answer of ${path} does not match (${where}).`,
      );
    }
    return parsed.data;
  }

  const query = (q: SignalListQuery) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(q)) if (typeof value === "string") params.set(key, value);
    const text = params.toString();
    return text ? `?${text}` : "";
  };

  return {
    me: () => call(MeSchema, "/me"),
    /** Local mode only: the demo caseworkers the playground's tab can act as. */
    devUsers: () => call(DevUsersSchema, "/dev/users", { anonymous: true }),
    signals: (q: SignalListQuery = {}) => call(SignalListSchema, `/signals${query(q)}`),
    signal: (id: string) => call(SignalDetailSchema, `/signals/${encodeURIComponent(id)}`),
    // async: an action the domain's schema refuses is a rejected promise, never a throw mid-render.
    act: async (id: string, action: SignalAction) =>
      call(SignalActionResultSchema, `/signals/${encodeURIComponent(id)}/actions`, {
        method: "POST",
        body: SignalActionRequestSchema.parse(action),
      }),
    /**
     * The CSV upload: the file's text is the body (text/csv, never multipart), the batch key its
     * SHA-256, so a second upload of the same file stores nothing twice. 207 and 422 are answers
     * too: each row is named, stored or refused.
     */
    uploadSignals: (csv: string, batchKey: string) =>
      call(SignalBatchAnswerSchema, "/signals/batch", {
        method: "POST",
        csv,
        headers: { "idempotency-key": batchKey },
        answeredStatuses: [422],
      }),
    aanmeldingen: () => call(AanmeldingListSchema, "/aanmeldingen"),
    caseStep: async (id: string, step: CaseStepRequest) =>
      call(CaseStepResultSchema, `/aanmeldingen/${encodeURIComponent(id)}/steps`, {
        method: "POST",
        body: CaseStepRequestSchema.parse(step),
      }),
    dashboard: (rulebook: string) => call(QuotaDashboardSchema, `/dashboard/${encodeURIComponent(rulebook)}`),
    monitoring: (rulebook: string) => call(MonitoringSchema, `/monitoring/${encodeURIComponent(rulebook)}`),
  };
}

export type TabApi = ReturnType<typeof createTabApi>;
