import {
  apiRoutes,
  LeaseRequestSchema as LeaseSchema,
  OfferAnswerRequestSchema as ResponseSchema,
  OfferRequestSchema as OfferSchema,
} from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";
import { correlationOf } from "./correlation.js";
import type restify from "restify";
import { z } from "zod";
import { DomainError, deadlinesFrom, latestRulebookVersion, invalidInput } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { SignalActor } from "../signals/signal-service.js";
import type { CaseService } from "../cases/case-service.js";
import { rolesOfViewer } from "../cases/case-view.js";
import { sendFailure } from "./http-errors.js";

function notAllowed(): DomainError {
  return new DomainError(
    "not_allowed",
    "Deze aanmelding bestaat niet of je partij mag er geen aanbod voor doen.",
    "This intake does not exist or your party may not make an offer for it.",
    [{ field: "id", message_nl: "Niet toegestaan.", message_en: "Not allowed." }],
  );
}

/**
 * Landlords' systems record what happened after an aanmelding: the offer of a home (LV art.
 * 5.4: within three months, computed from the case's own deadline), the tenant's answer,
 * and the temporary lease (LV art. 4.9: evaluation due from the rulebook's term). Only a
 * landlord of the aanmelding's rulebook may do this, for itself; the tab's quota and
 * monitoring count from these records.
 */
export function mountOffersApi(
  server: restify.Server,
  deps: {
    store: Store;
    logger: Logger;
    cases: CaseService;
    authenticate: (req: restify.Request, res: restify.Response) => Promise<SignalActor | undefined>;
  },
): void {
  const { store, logger, cases } = deps;

  /**
   * A submitted case: only a landlord it was sent to (issue 17), and the step goes into the
   * case's own history with the record. An aanmelding stored without hand-off (older data):
   * a landlord of its rulebook, as before.
   */
  async function landlordCase(caller: SignalActor, aanmeldingId: string) {
    const aanmelding = z.uuid().safeParse(aanmeldingId).success
      ? await store.aanmeldingen.get(aanmeldingId)
      : undefined;
    const rulebook = aanmelding ? latestRulebookVersion(aanmelding.rulebook) : undefined;
    const isLandlordOfRulebook = rulebook?.parties.some(
      (p) => p.id === caller.partyId && p.role === "sociale_verhuurder",
    );
    if (!aanmelding || !rulebook || !isLandlordOfRulebook) throw notAllowed();
    const shared = await store.cases.get(aanmelding.id);
    const isCase = shared !== undefined && shared.history.length > 0;
    if (isCase && !rolesOfViewer(shared, caller.partyId).includes("verhuurder")) throw notAllowed();
    return { aanmelding, rulebook, isCase };
  }
  const stepKey = (req: restify.Request, what: string) => {
    const key = req.header("idempotency-key");
    return key ? { actionKey: `api:${what}:${key}`.slice(0, 200) } : {};
  };

  mountRoute(server, apiRoutes.offerPost, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const { aanmelding, isCase } = await landlordCase(caller, String(req.params["id"] ?? ""));
      const body = OfferSchema.safeParse(req.body);
      if (!body.success) throw invalidInput(body.error);
      const offerTerm = aanmelding.deadlines.find(
        (d) => d.startsOn && (d.kind === "within" || d.kind === "target") && /^LV\.(5\.4|6\.4)$/.test(d.code),
      );
      const offerInput = {
        aanmeldingId: aanmelding.id,
        landlordPartyId: caller.partyId,
        offeredOn: body.data.offeredOn,
        ...(offerTerm ? { withinTerm: body.data.offeredOn <= offerTerm.due } : {}),
      };
      const meta = { actor: caller.actor, correlationId };
      if (!isCase) {
        res.json(201, await store.housingOffers.create(offerInput, meta));
        return;
      }
      const step = await cases.actWith(
        {
          aanmeldingId: aanmelding.id,
          action: { type: "aanbod_doen", on: body.data.offeredOn },
          actor: caller,
          correlationId,
          ...stepKey(req, "offer"),
        },
        (tx) => tx.housingOffers.create(offerInput, meta),
      );
      if (step.noop)
        throw new DomainError(
          "invalid_transition",
          `${step.reason.nl} Er is al een aanbod vastgelegd.`,
          `${step.reason.en} An offer was already recorded.`,
          [{ field: "offeredOn", message_nl: "Al vastgelegd.", message_en: "Already recorded." }],
        );
      res.json(201, step.written);
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  mountRoute(server, apiRoutes.offerAnswer, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const id = String(req.params["id"] ?? "");
      const offer = z.uuid().safeParse(id).success ? await store.housingOffers.get(id) : undefined;
      if (!offer || offer.landlordPartyId !== caller.partyId) throw notAllowed();
      const body = ResponseSchema.safeParse(req.body);
      if (!body.success) throw invalidInput(body.error);
      const meta = { actor: caller.actor, correlationId };
      const { isCase } = await landlordCase(caller, offer.aanmeldingId);
      if (!isCase) {
        res.json(200, await store.housingOffers.respond(id, body.data, meta));
        return;
      }
      const action =
        body.data.response === "geaccepteerd"
          ? ({ type: "aanvaarden" } as const)
          : ({ type: "weigeren", reason: "Geweigerd, vastgelegd door het systeem van de verhuurder." } as const);
      const step = await cases.actWith(
        { aanmeldingId: offer.aanmeldingId, action, actor: caller, correlationId, ...stepKey(req, "response") },
        (tx) => tx.housingOffers.respond(id, body.data, meta),
      );
      res.json(200, step.written ?? (await store.housingOffers.get(id)));
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  mountRoute(server, apiRoutes.leasePost, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const { aanmelding, rulebook, isCase } = await landlordCase(caller, String(req.params["id"] ?? ""));
      const body = LeaseSchema.safeParse(req.body);
      if (!body.success) throw invalidInput(body.error);
      // The evaluation is due when the rulebook's temporary-lease term ends (LV art. 4.9: two years).
      const term = deadlinesFrom(rulebook.deadlines, "lease_start", body.data.temporaryStart)[0];
      if (!term)
        throw new DomainError(
          "not_allowed",
          "Deze regeling kent geen tijdelijk huurcontract.",
          "This rulebook has no temporary lease.",
          [
            {
              field: "temporaryStart",
              message_nl: "Geen tijdelijk huurcontract in deze regeling.",
              message_en: "No temporary lease in this rulebook.",
            },
          ],
        );
      const leaseInput = {
        aanmeldingId: aanmelding.id,
        landlordPartyId: caller.partyId,
        ...(body.data.housingOfferId ? { housingOfferId: body.data.housingOfferId } : {}),
        temporaryStart: body.data.temporaryStart,
        evaluationDue: term.due,
      };
      const meta = { actor: caller.actor, correlationId };
      if (!isCase) {
        res.json(201, await store.leases.create(leaseInput, meta));
        return;
      }
      const step = await cases.actWith(
        {
          aanmeldingId: aanmelding.id,
          action: { type: "huurovereenkomst", on: body.data.temporaryStart },
          actor: caller,
          correlationId,
          ...stepKey(req, "lease"),
        },
        (tx) => tx.leases.create(leaseInput, meta),
      );
      if (step.noop)
        throw new DomainError(
          "invalid_transition",
          `${step.reason.nl} De huurovereenkomst is al vastgelegd.`,
          `${step.reason.en} The lease was already recorded.`,
          [{ field: "temporaryStart", message_nl: "Al vastgelegd.", message_en: "Already recorded." }],
        );
      res.json(201, step.written);
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });
}
