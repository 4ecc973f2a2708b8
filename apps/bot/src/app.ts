import { msg } from "@convenantbot/cards";
import { openStore, seedDemoData, type Store } from "@convenantbot/store";
import { createAdapter } from "./adapter.js";
import { ConvenantBot } from "./bot/convenant-bot.js";
import { allowedTenants, type Config } from "./config.js";
import { createServer, listen } from "./http/server.js";
import { createLogger, type Logger } from "./logger.js";
import { storePorts } from "./store-ports.js";
import { mountPlayground, type Playground } from "./playground/index.js";
import { mountAdminChannel } from "./maintenance/admin-channel.js";
import { mountCheckApi } from "./http/check-api.js";
import { OutboxWorker, demoMembers } from "@convenantbot/store";
import { mountSignalsApi } from "./http/signals-api.js";
import { readRawBatchBody } from "./http/signals-batch.js";
import { BUSY_REQUESTS, RequestsInFlight } from "./http/requests-in-flight.js";
import { mountOffersApi } from "./http/offers-api.js";
import { mountCasesApi } from "./http/cases-api.js";
import { mountOpenApi } from "./http/openapi.js";
import { mountTabApi, mountTabPage } from "./http/tab-api/index.js";
import { SignalService } from "./signals/signal-service.js";
import { SignalPresenter } from "./signals/signal-presenter.js";
import { createSignalDeliverer } from "./signals/signal-deliverer.js";
import { startMaintenance } from "./maintenance/maintenance-loop.js";
import { CaseService } from "./cases/case-service.js";
import { CasePresenter } from "./cases/case-presenter.js";
import { createCaseDeliverer } from "./cases/case-deliverer.js";
import { deliverByKind } from "./cases/deliver-by-kind.js";
import { createCaseReminderDeliverer } from "./cases/case-reminder-deliverer.js";
import { graphSettingsOf, type GraphSettings } from "./graph/graph-settings.js";
import { GraphClient } from "./graph/graph-client.js";
import { TeamsGraph } from "./graph/teams-graph.js";
import { activityNotifier } from "./graph/reach-outbox.js";
import { createGraphDeliverer, withProactiveInstall } from "./graph/graph-deliverer.js";
import type restify from "restify";

export interface RunningApp {
  port: number;
  url: string;
  store: Store;
  server: restify.Server;
  logger: Logger;
  signals: SignalService;
  /** The local Direct Line + connector (local mode only): its log shows proactive deliveries. */
  playground: Playground | undefined;
  close(): Promise<void>;
}

export interface AppOptions {
  /** An already opened store (tests share one); otherwise opened from the configuration. */
  store?: Store;
  logger?: Logger;
  clock?: () => Date;
  mount?: (
    server: restify.Server,
    app: { store: Store; logger: Logger; baseUrl: () => string; signals: SignalService },
  ) => void;
  /** Run the outbox worker in this process (default true); a bench may run workers apart. */
  worker?: boolean;
  /** Outbox polling interval; default 500 ms. */
  workerPollMs?: number;
  /** How long a claimed delivery stays with this worker before another may take it (default the outbox's 30 s); fault tests shorten it. */
  workerLeaseMs?: number;
  /** Escalation and retention jobs in this process (default true). */
  maintenance?: boolean;
  /** Graph settings instead of the configuration's (tests: a loopback stub); null turns Graph off. */
  graph?: GraphSettings | null;
}

/** The composition root: configuration -> store -> bot -> HTTP server. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  if (config.localMode) logger.warn("local mode: no MicrosoftAppId set, Bot Framework authentication is off");
  const store =
    options.store ??
    (await openStore({
      ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR }),
    }));
  if (config.demoData) await seedDemoData(store);
  // One clock for every "today" (Dutch calendar day), passed down.
  const ports = options.clock ? storePorts(store, () => options.clock!().getTime()) : storePorts(store);
  const adapter = createAdapter(config, logger, (correlationId) => msg("nl", "bot.turnError", { correlationId }));
  const signals = new SignalService(store, options.clock);
  // Where links from cards to the tab point (Teams deep link, or the public address).
  const links = {
    ...(config.TEAMS_APP_ID ? { teamsAppId: config.TEAMS_APP_ID } : {}),
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
  };
  const presenter = new SignalPresenter(store, signals, links);
  const cases = new CaseService(store, options.clock);
  const casePresenter = new CasePresenter(store, options.clock, links);
  const bot = new ConvenantBot({
    ports,
    logger,
    allowedTenants: allowedTenants(config),
    ...(options.clock ? { clock: options.clock } : {}),
    signals: { service: signals, presenter },
    cases: { service: cases, presenter: casePresenter },
    links,
  });
  // Microsoft Graph (issue 16): installs the app for members nobody can reach yet and sends
  // activity feed notifications. Off without the app registration: nothing below changes then.
  const graph = options.graph === null ? undefined : (options.graph ?? graphSettingsOf(config));
  if (graph && !graph.catalogAppId)
    logger.warn("graph: TEAMS_APP_CATALOG_ID not set, the bot does not install itself for members");
  const notify = graph ? activityNotifier(store) : undefined;
  const reach = { ...(notify ? { notify } : {}) };
  const byKind = deliverByKind(
    createSignalDeliverer({ adapter, appId: config.MicrosoftAppId, store, presenter, logger, ...reach }),
    createCaseDeliverer({ adapter, appId: config.MicrosoftAppId, store, presenter: casePresenter, logger, ...reach }),
    createCaseReminderDeliverer({ adapter, appId: config.MicrosoftAppId, store, logger, ...reach }),
    graph
      ? createGraphDeliverer({
          store,
          teams: new TeamsGraph(new GraphClient(graph)),
          catalogAppId: graph.catalogAppId,
          links,
          logger,
          botAppId: config.MicrosoftAppId,
          defaultServiceUrl: config.TEAMS_SERVICE_URL,
        })
      : undefined,
  );
  const deliver = graph?.catalogAppId ? withProactiveInstall(byKind, store, logger) : byKind;
  const requests = new RequestsInFlight();
  const answeringMany = () => requests.now >= BUSY_REQUESTS;
  const worker =
    options.worker === false
      ? undefined
      : new OutboxWorker(store, {
          workerId: `bot-${process.pid}`,
          deliver,
          batch: deliver.batch,
          pollMs: options.workerPollMs ?? 500,
          ...(options.workerLeaseMs ? { leaseMs: options.workerLeaseMs } : {}),
          // Answers first: while many requests are open, cards go out in small rounds.
          busy: { when: answeringMany },
          onError: (error) => logger.error({ err: error }, "outbox worker"),
        });
  let baseUrl = "";
  let playground: Playground | undefined;
  let admin: ReturnType<typeof mountAdminChannel> | undefined;
  const server = createServer({
    adapter,
    bot,
    logger,
    health: async () => {
      // Reading is not enough: a full disk or a broken table only shows on a write.
      await store.parties.get("healthz"); // a read through the repository: a broken table throws
      await store.botStorage.write({ "convenantbot/healthz": { at: new Date().toISOString(), pid: process.pid } });
      return { ok: true, detail: { engine: store.engine, localMode: config.localMode, writable: true } };
    },
    mount: (s: restify.Server) => {
      requests.track(s);
      // The batch routes' NDJSON and CSV bodies (the partners' API and the tab's upload), read
      // before the server's JSON body guard, which refuses every other type.
      s.pre(readRawBatchBody);
      mountCheckApi(s);
      const { authenticate } = mountSignalsApi(s, {
        store,
        signals,
        logger,
        rate: { perSecond: config.API_RATE_PER_SECOND, burst: config.API_RATE_BURST },
      });
      mountOffersApi(s, { store, logger, cases, authenticate });
      mountCasesApi(s, { cases, logger, authenticate });
      mountOpenApi(s);
      // The Teams tab: its API (/api/tab/*, scoped to the caller's party) and its page at /tab/.
      mountTabApi(s, { store, signals, logger, config, cases, ...(options.clock ? { clock: options.clock } : {}) });
      mountTabPage(s, { logger });
      // The playground (Web Chat + local Direct Line + connector) exists only in local mode:
      // it has no authentication of its own.
      if (config.localMode) {
        playground = mountPlayground(s, {
          publicBaseUrl: () => baseUrl,
          botMessagesUrl: () => `${baseUrl}/api/messages`,
          logger,
          demoUsers: demoMembers.map((m) => ({
            id: m.teamsUserId,
            name: m.displayName,
            aadObjectId: m.aadObjectId,
            role: m.role,
            partyName: m.displayName.replace(/^.*\((.*)\)$/, "$1"),
          })),
        });
      }
      // `pnpm api-key` beside this process: only needed for a PGlite directory of our own.
      if (!options.store && !config.DATABASE_URL)
        admin = mountAdminChannel(s, { store, logger, dataDir: config.DATA_DIR });
      options.mount?.(s, { store, logger, baseUrl: () => baseUrl, signals });
    },
  });
  const { port } = await listen(server, config.PORT, config.HOST);
  baseUrl = `http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}`;
  logger.info({ url: baseUrl, engine: store.engine }, "Convenantbot listening");
  admin?.publish(baseUrl);
  worker?.start();
  const maintenance =
    options.maintenance === false
      ? undefined
      : startMaintenance(store, logger, {
          ...(options.clock ? { now: options.clock } : {}),
          ...reach,
          // Not while requests queue or a backlog of cards goes out (a batch of signals).
          busy: () => answeringMany() || worker?.isDraining === true,
        });
  return {
    port,
    url: baseUrl,
    store,
    server,
    logger,
    signals,
    playground,
    async close() {
      // Within 5 s whatever is pending: a delivery still running stays in the outbox (it is
      // retried after the restart), idle keep-alive connections are closed, not waited for.
      maintenance?.stop();
      admin?.unpublish();
      const bounded = (work: Promise<unknown> | undefined, ms: number) =>
        Promise.race([work ?? Promise.resolve(), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections?.();
      await bounded(worker?.stop(), 2_500);
      adapter.proactive.close();
      server.server.closeAllConnections?.();
      await bounded(closed, 1_000);
      if (!options.store) await bounded(store.close(), 1_000);
    },
  };
}
