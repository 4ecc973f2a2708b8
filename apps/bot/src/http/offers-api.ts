import { randomUUID } from "node:crypto";
import type restify from "restify";
import { z } from "zod";
import { DomainError, IsoDateSchema, deadlinesFrom, findRulebookVersions, invalidInput } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { SignalActor } from "../signals/signal-service.js";
import { sendFailure } from "./http-errors.js";

const OfferSchema = z.strictObject({ offeredOn: IsoDateSchema });
const ResponseSchema = z.strictObject({ response: z.enum(["geaccepteerd", "geweigerd"]), respondedOn: IsoDateSchema });
const LeaseSchema = z.strictObject({ temporaryStart: IsoDateSchema, housingOfferId: z.uuid().optional() });

function notAllowed(): DomainError {
  return new DomainError("not_allowed", "Deze aanmelding bestaat niet of uw partij mag er geen aanbod voor doen.", "This intake does not exist or your party may not make an offer for it.", [
    { field: "id", message_nl: "Niet toegestaan.", message_en: "Not allowed." },
  ]);
}

/**
 * Landlords' systems record what happened after an aanmelding: the offer of a home (LV art.
 * 5.4: within three months, computed from the case's own deadline), the tenant's answer,
 * and the temporary lease (LV art. 4.9: evaluation due from the rulebook's term). Only a
 * landlord of the aanmelding's rulebook may do this, for itself; the tab's quota and
 * monitoring count from these records.
 */
export function mountOffersApi(server: restify.Server, deps: { store: Store; logger: Logger; authenticate: (req: restify.Request, res: restify.Response) => Promise<SignalActor | undefined> }): void {
  const { store, logger } = deps;

  async function landlordCase(caller: SignalActor, aanmeldingId: string) {
    const aanmelding = z.uuid().safeParse(aanmeldingId).success ? await store.aanmeldingen.get(aanmeldingId) : undefined;
    const rulebook = aanmelding ? findRulebookVersions(aanmelding.rulebook).at(-1) : undefined;
    const isLandlordOfRulebook = rulebook?.parties.some((p) => p.id === caller.partyId && p.role === "sociale_verhuurder");
    if (!aanmelding || !rulebook || !isLandlordOfRulebook) throw notAllowed();
    return { aanmelding, rulebook };
  }

  const correlationOf = (req: restify.Request) => req.header("x-correlation-id") || randomUUID();

  server.post("/api/aanmeldingen/:id/offers", async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const { aanmelding } = await landlordCase(caller, String(req.params["id"] ?? ""));
      const body = OfferSchema.safeParse(req.body);
      if (!body.success) throw invalidInput(body.error);
      const offerTerm = aanmelding.deadlines.find((d) => d.startsOn && (d.kind === "within" || d.kind === "target") && /^LV\.(5\.4|6\.4)$/.test(d.code));
      const offer = await store.housingOffers.create(
        {
          aanmeldingId: aanmelding.id,
          landlordPartyId: caller.partyId,
          offeredOn: body.data.offeredOn,
          ...(offerTerm ? { withinTerm: body.data.offeredOn <= offerTerm.due } : {}),
        },
        { actor: caller.actor, correlationId },
      );
      res.json(201, offer);
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  server.post("/api/offers/:id/response", async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const id = String(req.params["id"] ?? "");
      const offer = z.uuid().safeParse(id).success ? await store.housingOffers.get(id) : undefined;
      if (!offer || offer.landlordPartyId !== caller.partyId) throw notAllowed();
      const body = ResponseSchema.safeParse(req.body);
      if (!body.success) throw invalidInput(body.error);
      res.json(200, await store.housingOffers.respond(id, body.data, { actor: caller.actor, correlationId }));
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  server.post("/api/aanmeldingen/:id/leases", async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    try {
      const { aanmelding, rulebook } = await landlordCase(caller, String(req.params["id"] ?? ""));
      const body = LeaseSchema.safeParse(req.body);
      if (!body.success) throw invalidInput(body.error);
      // The evaluation is due when the rulebook's temporary-lease term ends (LV art. 4.9: two years).
      const term = deadlinesFrom(rulebook.deadlines, "lease_start", body.data.temporaryStart)[0];
      if (!term) throw new DomainError("not_allowed", "Deze regeling kent geen tijdelijk huurcontract.", "This rulebook has no temporary lease.", [{ field: "temporaryStart", message_nl: "Geen tijdelijk huurcontract in deze regeling.", message_en: "No temporary lease in this rulebook." }]);
      const lease = await store.leases.create(
        {
          aanmeldingId: aanmelding.id,
          landlordPartyId: caller.partyId,
          ...(body.data.housingOfferId ? { housingOfferId: body.data.housingOfferId } : {}),
          temporaryStart: body.data.temporaryStart,
          evaluationDue: term.due,
        },
        { actor: caller.actor, correlationId },
      );
      res.json(201, lease);
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });
}
