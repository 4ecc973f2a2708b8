import type { Server } from "restify";
import type { Logger } from "../../logger.js";
import { route } from "../http/handler.js";
import type { DemoUser } from "../options.js";
import { PAGE_BASE } from "./serve-page.js";

/** What the page reads at start: who you can be, which tenant to send, where Direct Line is. */
export interface PageConfig {
  tenantId: string;
  locale: string;
  directLinePath: string;
  bot: { id: string; name: string };
  demoUsers: readonly DemoUser[];
}

export function mountConfig(server: Server, config: PageConfig, logger: Logger): void {
  server.get(
    `${PAGE_BASE}/config.json`,
    route(logger, async (_req, res) => {
      res.header("cache-control", "no-cache");
      res.json(config);
    }),
  );
}
