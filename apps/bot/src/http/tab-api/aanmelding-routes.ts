import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "../api-route.js";
import type restify from "restify";
import {
  addDays,
  allowedCaseActions,
  caseTerms,
  deriveCaseState,
  mayReadOwnReference,
  rulebookVersionOf,
  termsDueWithin,
  type Rulebook,
} from "@convenantbot/domain";
import { caseStatusLabels } from "../../cases/case-labels.js";
import { rolesOfViewer } from "../../cases/case-view.js";
import { closedAanmeldingStatuses, type Aanmelding, type Store } from "@convenantbot/store";
import { offerDeadlineCodes, trackDeadlines } from "./aanmelding-deadlines.js";
import { dutchDayOf } from "./periods.js";
import { partyNames, tabRoute, today, type TabContext } from "./route.js";

const MAX_ROWS = 200;

const offerCodes = (rulebook: Rulebook | undefined) => offerDeadlineCodes(rulebook?.deadlines ?? []);

type Relation = "aangemeld" | "begeleiding" | "verhuurder" | "ontvangen";

/**
 * The aanmeldingen a party has to do with: registered by one of its members, supported by it,
 * or offered a home by it (a landlord). Drafts only to the party that wrote them.
 */
async function aanmeldingenOf(
  store: Store,
  partyId: string,
): Promise<Map<string, { aanmelding: Aanmelding; relation: Relation }>> {
  const found = new Map<string, { aanmelding: Aanmelding; relation: Relation }>();
  for (const member of await store.members.listByParty(partyId)) {
    for (const a of await store.aanmeldingen.list({ createdBy: member.id, limit: MAX_ROWS }))
      found.set(a.id, { aanmelding: a, relation: "aangemeld" });
  }
  for (const a of await store.aanmeldingen.list({ supportPartyId: partyId, limit: MAX_ROWS })) {
    if (!found.has(a.id) && a.status !== "concept") found.set(a.id, { aanmelding: a, relation: "begeleiding" });
  }
  // Cases the hand-off routing sent to this party (voordrachten, Meldpunt, team HMD, ...).
  for (const id of await store.cases.idsForParty(partyId, MAX_ROWS)) {
    if (found.has(id)) continue;
    const a = await store.aanmeldingen.get(id);
    if (a) found.set(a.id, { aanmelding: a, relation: "ontvangen" });
  }
  const offered = await store.housingOffers.aanmeldingIdsOfLandlord(partyId, MAX_ROWS);
  const leased = await store.leases.aanmeldingIdsOfLandlord(partyId, MAX_ROWS);
  for (const id of [...offered, ...leased]) {
    if (found.has(id)) continue;
    const a = await store.aanmeldingen.get(id);
    if (a && a.status !== "concept") found.set(a.id, { aanmelding: a, relation: "verhuurder" });
  }
  return found;
}

/**
 * GET /api/tab/aanmeldingen: status and deadlines (offer within three months, temporary lease
 * evaluation, yearly evaluation), offers and lease, overdue flagged. No facts, no names: the
 * case's content stays in the conversation that made it. Audited as a read of case data.
 */
export function mountAanmeldingRoutes(server: restify.Server, ctx: TabContext): void {
  mountRoute(
    server,
    apiRoutes.tabAanmeldingen,
    tabRoute(ctx, async (_req, res, caller, correlationId) => {
      const names = partyNames(ctx.store);
      const day = today(ctx);
      const items = [];
      const found = [...(await aanmeldingenOf(ctx.store, caller.party.id)).values()]
        .sort((x, y) => y.aanmelding.createdAt.localeCompare(x.aanmelding.createdAt))
        .slice(0, MAX_ROWS);
      for (const { aanmelding: a, relation } of found) {
        const rulebook = rulebookVersionOf(a.rulebook, a.rulebookVersion);
        const offers = await ctx.store.housingOffers.listForAanmelding(a.id);
        const lease = (await ctx.store.leases.listForAanmelding(a.id)).at(-1) ?? null;
        const deadlines = trackDeadlines({
          stored: a.deadlines,
          definitions: rulebook?.deadlines ?? [],
          offers,
          lease,
          closed: closedAanmeldingStatuses.includes(a.status),
          today: day,
        });
        // The store's verdict on an offer's term when it has one, else the offer term's due date decides.
        const offerDue = a.deadlines.find((d) => offerCodes(rulebook).has(d.code))?.due;
        const offerRows = [];
        for (const o of offers) {
          const withinTerm = o.withinTerm ?? (offerDue ? o.offeredOn <= offerDue : null);
          offerRows.push({
            landlordName: await names(o.landlordPartyId),
            offeredOn: o.offeredOn,
            response: o.response,
            withinTerm,
          });
        }
        // The shared case, if it was submitted through the bot: its own status, terms and queue flags.
        const shared = await ctx.store.cases.get(a.id);
        let work = {};
        if (shared && shared.history.length > 0 && rolesOfViewer(shared, caller.party.id).length > 0) {
          const state = deriveCaseState(shared.history);
          const terms = rulebook ? caseTerms(rulebook.deadlines, state, day) : [];
          const roles = rolesOfViewer(shared, caller.party.id);
          work = {
            caseStatus: state.status,
            caseStatusLabel: caseStatusLabels[state.status],
            newVoordracht: state.status === "ingediend" && !roles.includes("aanmelder"),
            assignedToMe: state.assignees[caller.party.id]?.memberId === caller.member.id,
            termsDueThisWeek: termsDueWithin(terms, day, addDays(day, 7)).map((t) => ({
              code: t.code,
              article: t.article,
              title: t.title,
              due: t.due,
            })),
            // The steps this party may take now (the card's buttons), for the queue's actions.
            caseActions: allowedCaseActions(state.status, roles).filter((x) => x !== "indienen"),
            ...(state.assignees[caller.party.id] ? { assignedTo: state.assignees[caller.party.id]!.name } : {}),
          };
        }
        items.push({
          ...work,
          id: a.id,
          ...(a.kenmerk ? { kenmerk: a.kenmerk } : {}),
          // The sender's own dossier number, for the sending party only (privacy data: ownReferencePolicy).
          ...(a.ownReference &&
          mayReadOwnReference(
            { partyId: caller.party.id, role: caller.party.role },
            shared?.senderPartyId ?? (relation === "aangemeld" ? caller.party.id : null),
          )
            ? { ownReference: a.ownReference }
            : {}),
          rulebook: a.rulebook,
          rulebookTitle: rulebook?.title ?? { nl: a.rulebook, en: a.rulebook },
          status: a.status,
          outcome: a.outcome as "eligible" | "not_eligible" | "needs_info" | "needs_review" | null,
          createdOn: dutchDayOf(a.createdAt),
          supportPartyName: a.supportPartyId ? await names(a.supportPartyId) : null,
          relation,
          deadlines,
          offers: offerRows,
          lease: lease
            ? {
                temporaryStart: lease.temporaryStart,
                evaluationDue: lease.evaluationDue,
                madePermanentOn: lease.madePermanentOn,
                endedOn: lease.endedOn,
              }
            : null,
          overdue: deadlines.some((d) => d.overdue),
        });
      }
      await ctx.store.audit.record({
        actor: caller.actor.actor,
        action: "aanmelding.list",
        recordType: "party",
        recordId: caller.party.id,
        correlationId,
      });
      res.json(200, { items });
    }),
  );
}
