// Test support: Microsoft Graph and its token endpoint on loopback. Every request is checked
// (path, bearer token it issued, body shape, no personal data) and recorded; what it found
// wrong is in `problems`, so a test asserts that list empty instead of trusting each call.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ActivityNotificationBodySchema, InstallAppBodySchema } from "../graph/teams-graph.js";

export interface GraphStubRecord {
  kind: "token" | "install" | "installations" | "chat" | "activity" | "unexpected";
  userId?: string;
  body: unknown;
  status: number;
}

export interface GraphStubOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  catalogAppId: string;
  /** Strings that must never reach Graph (tenant names, postcodes, amounts). */
  forbidden: readonly string[];
}

export interface GraphStub {
  url: string;
  /** GRAPH_BASE_URL for the app: the stub's `/v1.0`. */
  baseUrl: string;
  records: GraphStubRecord[];
  problems: string[];
  /** Per user: the statuses to answer an install with, in turn (default 201), and a Retry-After. */
  installAnswers: Map<string, { statuses: number[]; retryAfter?: string }>;
  /**
   * Per user: the app's installation in their personal scope and its chat, as Graph lists them
   * (GET installedApps, GET .../chat); a test sets it for a user whose install answers 409.
   */
  installed: Map<string, { installationId: string; chatId: string }>;
  /** Called after a 201 install: a test plays Teams and sends the bot installationUpdate. */
  onInstalled: (userId: string) => Promise<void> | void;
  of(kind: GraphStubRecord["kind"], userId?: string): GraphStubRecord[];
  close(): Promise<void>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function startGraphStub(options: GraphStubOptions): Promise<GraphStub> {
  const issued = new Set<string>();
  const stub: GraphStub = {
    url: "",
    baseUrl: "",
    records: [],
    problems: [],
    installAnswers: new Map(),
    installed: new Map(),
    onInstalled: () => undefined,
    of: (kind, userId) => stub.records.filter((r) => r.kind === kind && (userId === undefined || r.userId === userId)),
    close: async () => undefined,
  };
  const answer = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers });
    res.end(body !== undefined ? JSON.stringify(body) : undefined);
  };
  const handle = async (req: IncomingMessage, raw: string, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", stub.url);
    const path = url.pathname;
    for (const word of options.forbidden)
      if (raw.includes(word)) stub.problems.push(`${path}: personal data "${word}" in the request`);
    if (req.method === "POST" && path === `/${options.tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(raw);
      const ok =
        req.headers["content-type"]?.startsWith("application/x-www-form-urlencoded") &&
        form.get("grant_type") === "client_credentials" &&
        form.get("client_id") === options.clientId &&
        form.get("client_secret") === options.clientSecret &&
        form.get("scope") === `${stub.url}/.default`;
      if (!ok) stub.problems.push(`token request malformed: ${[...form.keys()].join(",")}`);
      const token = `stub-token-${issued.size + 1}`;
      issued.add(token);
      stub.records.push({
        kind: "token",
        body: Object.fromEntries([...form.keys()].map((k) => [k, k === "client_secret" ? "…" : form.get(k)])),
        status: ok ? 200 : 400,
      });
      return ok
        ? answer(res, 200, { token_type: "Bearer", expires_in: 3600, access_token: token })
        : answer(res, 400, { error: "invalid_request" });
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!auth || !issued.has(auth)) stub.problems.push(`${path}: no bearer token the stub issued`);
    if (req.method === "GET") return handleGet(req, raw, url, res);
    if (req.headers["content-type"] !== "application/json")
      stub.problems.push(`${path}: content-type ${String(req.headers["content-type"])}`);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      stub.problems.push(`${path}: body is not JSON`);
    }
    const route = /^\/v1\.0\/users\/([^/]+)\/teamwork\/(installedApps|sendActivityNotification)$/.exec(path);
    const userId = route ? decodeURIComponent(route[1]!) : undefined;
    if (req.method !== "POST" || !route || !userId) {
      stub.records.push({ kind: "unexpected", body, status: 404 });
      stub.problems.push(`unexpected ${req.method} ${path}`);
      return answer(res, 404, { error: { code: "NotFound", message: "no such route" } });
    }
    // Graph is addressed by Entra object id only, never by a name or an address.
    if (!GUID.test(userId)) stub.problems.push(`${path}: user is not an Entra object id`);
    if (route[2] === "installedApps") {
      const parsed = InstallAppBodySchema.safeParse(body);
      if (
        !parsed.success ||
        parsed.data["teamsApp@odata.bind"] !== `${stub.baseUrl}/appCatalogs/teamsApps/${options.catalogAppId}`
      )
        stub.problems.push(`install body: ${JSON.stringify(body)}`);
      const planned = stub.installAnswers.get(userId);
      const status = planned?.statuses.shift() ?? 201;
      stub.records.push({ kind: "install", userId, body, status });
      if (status >= 300)
        return answer(
          res,
          status,
          {
            error: {
              code: status === 403 ? "Forbidden" : status === 409 ? "Conflict" : "ServiceUnavailable",
              message: `user ${userId} refused`,
            },
          },
          planned?.retryAfter ? { "retry-after": planned.retryAfter } : {},
        );
      answer(res, 201, { id: `installation-${stub.records.length}` });
      await stub.onInstalled(userId);
      return;
    }
    const parsed = ActivityNotificationBodySchema.safeParse(body);
    if (!parsed.success)
      stub.problems.push(`activity body: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
    stub.records.push({ kind: "activity", userId, body, status: 204 });
    return answer(res, 204);
  };
  // Graph's reads after a 409: the user's installations of the app (filtered by its catalog
  // id, the teamsApp expanded), then an installation's chat. Anything else is unexpected.
  const handleGet = (req: IncomingMessage, raw: string, url: URL, res: ServerResponse) => {
    const path = url.pathname;
    if (raw !== "") stub.problems.push(`${path}: a GET with a body`);
    const list = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(path);
    const chat = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)\/chat$/.exec(path);
    const userId = decodeURIComponent((list ?? chat)?.[1] ?? "");
    if (userId && !GUID.test(userId)) stub.problems.push(`${path}: user is not an Entra object id`);
    const installation = stub.installed.get(userId);
    if (list) {
      const expand = url.searchParams.get("$expand");
      const filter = url.searchParams.get("$filter");
      if (expand !== "teamsApp" || filter !== `teamsApp/id eq '${options.catalogAppId}'`)
        stub.problems.push(`installedApps query: $expand=${String(expand)} $filter=${String(filter)}`);
      stub.records.push({ kind: "installations", userId, body: { expand, filter }, status: 200 });
      return answer(res, 200, {
        "@odata.context": `${stub.baseUrl}/$metadata#users('${userId}')/teamwork/installedApps(teamsApp())`,
        value: installation
          ? [
              {
                id: installation.installationId,
                consentedPermissionSet: null,
                teamsApp: { id: options.catalogAppId, displayName: "Convenantbot", distributionMethod: "organization" },
              },
            ]
          : [],
      });
    }
    if (chat && installation && decodeURIComponent(chat[2]!) === installation.installationId) {
      stub.records.push({ kind: "chat", userId, body: null, status: 200 });
      return answer(res, 200, {
        "@odata.context": `${stub.baseUrl}/$metadata#chats/$entity`,
        id: installation.chatId,
        topic: null,
        chatType: "oneOnOne",
        tenantId: options.tenantId,
      });
    }
    stub.records.push({ kind: "unexpected", body: { path }, status: 404 });
    stub.problems.push(`unexpected GET ${path}`);
    return answer(res, 404, { error: { code: "NotFound", message: "no such route" } });
  };
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      handle(req, raw, res).catch((error: unknown) => {
        stub.problems.push(`stub failed: ${String(error)}`);
        if (!res.headersSent) answer(res, 500);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.baseUrl = `${stub.url}/v1.0`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
