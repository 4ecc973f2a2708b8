import type restify from "restify";
import type { Store } from "@convenantbot/store";
import { allowedTenants, DEMO_TENANT_ID, type Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { SignalService } from "../../signals/signal-service.js";
import { identifyCaller } from "../../tab-auth/identify-caller.js";
import { createSsoVerifier } from "../../tab-auth/sso-verifier.js";
import { mountAanmeldingRoutes } from "./aanmelding-routes.js";
import { mountDashboardRoutes } from "./dashboard-routes.js";
import { mountMeRoutes } from "./me-routes.js";
import type { TabContext } from "./route.js";
import { mountSignalRoutes } from "./signal-routes.js";
import { mountCaseStepRoutes } from "./case-step-routes.js";
import type { CaseService } from "../../cases/case-service.js";

export { mountTabPage, TAB_DIST_DIR } from "./tab-page.js";

import { DEV_USER_HEADER } from "@convenantbot/contract";
/** The tab's own request header in the playground, as the contract names it. */
export { DEV_USER_HEADER };

export interface TabApiOptions {
  store: Store;
  signals: SignalService;
  logger: Logger;
  config: Config;
  clock?: () => Date;
  /** The shared cases: the work queue's steps (take up, assign, note, ...). */
  cases?: CaseService;
}

/**
 * /api/tab/*: the Teams tab's API. Every call names its caller (a verified Teams SSO token;
 * in local mode also the playground's demo header) and is scoped to that caller's party and
 * role; reads of personal data are audited; the platform dashboard returns counts only.
 */
export function mountTabApi(server: restify.Server, options: TabApiOptions): void {
  const { config } = options;
  const verify = createSsoVerifier({
    jwksUrl: config.TAB_SSO_JWKS_URL,
    audiences: config.TAB_SSO_AUDIENCE,
    appId: config.MicrosoftAppId,
    allowedTenants: allowedTenants(config),
  });
  const ctx: TabContext = {
    store: options.store,
    signals: options.signals,
    logger: options.logger,
    clock: options.clock ?? (() => new Date()),
    localMode: config.localMode,
    identify: (req) =>
      identifyCaller(
        { authorization: req.header("authorization") || undefined, devUser: req.header(DEV_USER_HEADER) || undefined },
        { store: options.store, verify, localMode: config.localMode, demoTenantId: DEMO_TENANT_ID },
      ),
  };
  mountMeRoutes(server, ctx);
  mountSignalRoutes(server, ctx);
  mountAanmeldingRoutes(server, ctx);
  mountDashboardRoutes(server, ctx);
  if (options.cases) mountCaseStepRoutes(server, ctx, options.cases);
}
