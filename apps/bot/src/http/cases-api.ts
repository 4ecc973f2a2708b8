import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";
import { randomUUID } from "node:crypto";
import type restify from "restify";
import { CaseActionSchema, PartyRoleSchema, deriveCaseState, invalidInput } from "@convenantbot/domain";
import type { Logger } from "../logger.js";
import type { SignalActor } from "../signals/signal-service.js";
import type { CaseService } from "../cases/case-service.js";
import { candidateFor, rolesOfViewer } from "../cases/case-view.js";
import { caseStatusLabels } from "../cases/case-labels.js";
import { sendFailure } from "./http-errors.js";

/**
 * A partner system's view of and steps on a shared case (API key, its own party):
 * GET /api/cases/:id gives the case as that party may see it (privacy table), POST
 * /api/cases/:id/steps takes one step of the lifecycle table; Idempotency-Key makes a retry one step.
 */
export function mountCasesApi(
  server: restify.Server,
  deps: {
    cases: CaseService;
    logger: Logger;
    authenticate: (req: restify.Request, res: restify.Response) => Promise<SignalActor | undefined>;
  },
): void {
  const { cases, logger } = deps;
  const correlationOf = (req: restify.Request) => req.header("x-correlation-id") || randomUUID();

  const viewOf = (stored: Awaited<ReturnType<CaseService["read"]>>, caller: SignalActor) => {
    const state = deriveCaseState(stored.history);
    return {
      id: stored.aanmelding.id,
      kenmerk: stored.aanmelding.kenmerk,
      rulebook: stored.aanmelding.rulebook,
      status: state.status,
      statusLabel: caseStatusLabels[state.status],
      yourRoles: rolesOfViewer(stored, caller.partyId),
      candidate: candidateFor(stored, { partyId: caller.partyId, role: PartyRoleSchema.parse(caller.role) }).fields,
      recipients: stored.recipients.map((r) => ({
        partyId: r.partyId,
        caseRole: r.caseRole,
        stage: r.stage,
        reached: r.stage <= state.stage,
        article: r.article,
      })),
      // Steps without their free text: notes and reasons stay on the cards, filtered per party.
      history: stored.history.map((h) => ({
        seq: h.seq,
        action: h.action,
        at: h.at,
        actorPartyId: h.actorPartyId,
        from: h.from,
        to: h.to,
      })),
    };
  };

  mountRoute(server, apiRoutes.caseGet, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const stored = await cases.read(String(req.params["id"] ?? ""), caller, correlationId);
      res.json(200, viewOf(stored, caller));
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  mountRoute(server, apiRoutes.caseStep, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const action = CaseActionSchema.safeParse(req.body);
      if (!action.success) throw invalidInput(action.error);
      const key = req.header("idempotency-key");
      const result = await cases.act({
        aanmeldingId: String(req.params["id"] ?? ""),
        action: action.data,
        actor: caller,
        correlationId,
        ...(key ? { actionKey: `api:${key}`.slice(0, 200) } : {}),
      });
      res.json(result.noop ? 200 : 201, {
        ...viewOf(result.stored, caller),
        ...(result.noop ? { noop: true, reason: result.reason } : {}),
      });
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });
}
