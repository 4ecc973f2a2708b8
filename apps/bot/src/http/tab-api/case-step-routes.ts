import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "../api-route.js";
import type restify from "restify";
import { CaseActionSchema, deriveCaseState, invalidInput } from "@convenantbot/domain";
import type { CaseActor, CaseService } from "../../cases/case-service.js";
import { caseStatusLabels } from "../../cases/case-labels.js";
import { tabRoute, type TabContext } from "./route.js";

/**
 * POST /api/tab/aanmeldingen/:id/steps: the tab's work queue acts on a shared case with the
 * same steps as the card and the partners' API (domain CaseActionSchema; the id may be the
 * kenmerk). `assigneeMemberId: "me"` assigns the case to the caller ("aan mij toewijzen");
 * an Idempotency-Key makes a retried click one step.
 */
export function mountCaseStepRoutes(server: restify.Server, ctx: TabContext, cases: CaseService): void {
  mountRoute(
    server,
    apiRoutes.tabCaseStep,
    tabRoute(ctx, async (req, res, caller, correlationId) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const raw =
        body["type"] === "toewijzen" && body["assigneeMemberId"] === "me"
          ? { ...body, assigneeMemberId: caller.member.id, assigneeName: caller.member.displayName }
          : body;
      const action = CaseActionSchema.safeParse(raw);
      if (!action.success) throw invalidInput(action.error, "action");
      const actor: CaseActor = {
        partyId: caller.party.id,
        role: caller.party.role,
        actor: caller.actor.actor,
        memberId: caller.member.id,
      };
      const key = req.header("idempotency-key");
      const result = await cases.act({
        aanmeldingId: String(req.params["id"] ?? ""),
        action: action.data,
        actor,
        correlationId,
        ...(key ? { actionKey: `tab:${key}`.slice(0, 200) } : {}),
      });
      const state = deriveCaseState(result.stored.history);
      res.json(result.noop ? 200 : 201, {
        id: result.stored.aanmelding.id,
        caseStatus: state.status,
        caseStatusLabel: caseStatusLabels[state.status],
        noop: result.noop,
        ...(result.noop ? { reason: result.reason } : {}),
      });
    }),
  );
}
