import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "../api-route.js";
import { randomUUID } from "node:crypto";
import type restify from "restify";
import { latestRulebookVersion, rulebookIds } from "@convenantbot/domain";
import { demoMembers } from "@convenantbot/store";
import { DEMO_TENANT_ID } from "../../config.js";
import { sendError, sendFailure } from "../http-errors.js";
import { tabRoute, type TabContext } from "./route.js";

/** GET /api/tab/me: who the tab shows as signed in, and the rulebooks the party may open dashboards of. */
export function mountMeRoutes(server: restify.Server, ctx: TabContext): void {
  mountRoute(
    server,
    apiRoutes.tabMe,
    tabRoute(ctx, async (_req, res, caller) => {
      // In the domain's registry order (LV convenantwoning before its noodwoning article), not alphabetical.
      const rulebooks = rulebookIds()
        .filter((id) => caller.party.rulebookIds.includes(id))
        .map((id) => latestRulebookVersion(id))
        .filter((r) => r !== undefined)
        .map((r) => ({ id: r.id, title: r.title, region: r.region }));
      res.json(200, {
        mode: caller.mode,
        member: {
          displayName: caller.member.displayName,
          role: caller.member.role,
          coordinator: caller.member.isCoordinator,
        },
        party: { id: caller.party.id, name: caller.party.name, role: caller.party.role },
        rulebooks,
      });
    }),
  );

  // The playground's list of demo caseworkers to act as: local mode only, like the header itself.
  mountRoute(server, apiRoutes.tabDevUsers, async (_req: restify.Request, res: restify.Response) => {
    res.header("cache-control", "no-store");
    if (!ctx.localMode) {
      sendError(
        res,
        404,
        "Niet gevonden: de demogebruikers bestaan alleen in de lokale modus.",
        "Not found: demo users exist only in local mode.",
      );
      return;
    }
    try {
      const users = [];
      for (const demo of demoMembers) {
        const member = await ctx.store.members.byTeamsUserId(demo.teamsUserId);
        if (!member || member.tenantId !== DEMO_TENANT_ID) continue;
        const party = await ctx.store.parties.get(member.partyId);
        if (party)
          users.push({
            id: member.teamsUserId,
            displayName: member.displayName,
            partyName: party.name,
            partyRole: party.role,
          });
      }
      res.json(200, { users });
    } catch (error) {
      sendFailure(res, error, ctx.logger, randomUUID());
    }
  });
}
