import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "../api-route.js";
import type restify from "restify";
import { DomainError, SignalTypeSchema, latestRulebookVersion, type Rulebook } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import type { TabCaller } from "../../tab-auth/identify-caller.js";
import { monitoringRows } from "./monitoring.js";
import { quotaDashboard } from "./quota.js";
import { statesOf } from "../../signals/signal-record.js";
import { yearOf } from "./periods.js";
import { RulebookIdSchema } from "@convenantbot/contract";
import { offerDeadlineCodes } from "./aanmelding-deadlines.js";
import { tabRoute, today, type TabContext } from "./route.js";

/** Bounds what one dashboard request reads; counts beyond it would need a reporting store anyway. */
const MAX_RECORDS = 20_000;

/**
 * A party sees the dashboards of the rulebooks it signed, counts only. The same 403 for a
 * rulebook that does not exist, so a probe learns nothing about which ones do.
 */
function rulebookFor(caller: TabCaller, raw: unknown): Rulebook {
  const id = RulebookIdSchema.safeParse(raw);
  const rulebook =
    id.success && caller.party.rulebookIds.includes(id.data) ? latestRulebookVersion(id.data) : undefined;
  if (!rulebook) {
    throw new DomainError(
      "not_allowed",
      "Deze regeling bestaat niet of je organisatie neemt er niet aan deel.",
      "This rulebook does not exist or your organisation does not take part in it.",
      [{ field: "id", message_nl: "Niet toegestaan.", message_en: "Not allowed." }],
    );
  }
  return rulebook;
}

async function casesOf(store: Store, rulebookId: string) {
  const [aanmeldingen, offers] = await Promise.all([
    store.reports.aanmeldingenOfRulebook(rulebookId, MAX_RECORDS),
    store.reports.offersOfRulebook(rulebookId, MAX_RECORDS),
  ]);
  return { aanmeldingen, offers };
}

async function partyDirectory(store: Store) {
  return new Map((await store.parties.list()).map((p) => [p.id, { name: p.name, role: p.role }]));
}

/** GET /api/tab/dashboard/:rulebook and /api/tab/monitoring/:rulebook: the platform's counts. */
export function mountDashboardRoutes(server: restify.Server, ctx: TabContext): void {
  mountRoute(
    server,
    apiRoutes.tabDashboard,
    tabRoute(ctx, async (req, res, caller) => {
      const rulebook = rulebookFor(caller, req.params["rulebook"]);
      const { aanmeldingen, offers } = await casesOf(ctx.store, rulebook.id);
      const parties = await partyDirectory(ctx.store);
      res.json(
        200,
        quotaDashboard({
          rulebook,
          currentYear: yearOf(today(ctx)),
          partyName: (id) => parties.get(id)?.name ?? id,
          aanmeldingen: aanmeldingen.map((a) => ({ createdAt: a.createdAt, status: a.status })),
          offers: offers.map((o) => ({
            landlordPartyId: o.landlordPartyId,
            offeredOn: o.offeredOn,
            response: o.response,
          })),
        }),
      );
    }),
  );

  mountRoute(
    server,
    apiRoutes.tabMonitoring,
    tabRoute(ctx, async (req, res, caller) => {
      const rulebook = rulebookFor(caller, req.params["rulebook"]);
      const { aanmeldingen, offers } = await casesOf(ctx.store, rulebook.id);
      const signalRows = await ctx.store.reports.signalsOfRulebook(rulebook.id, MAX_RECORDS);
      // Each lifecycle replayed from the signal's history (one read for the page of signals).
      const stored = await ctx.store.signals.getMany(signalRows.map((s) => s.id));
      const lifecyclesOf = (id: string) => {
        const signal = stored.get(id);
        return signal ? Object.values(statesOf(signal).byRecipient) : [];
      };
      const offerCodes = offerDeadlineCodes(rulebook.deadlines);
      const offerDue = new Map(
        aanmeldingen.map((a) => [
          a.id,
          (a.deadlines as { code?: string; due?: string }[]).find((d) => d.code !== undefined && offerCodes.has(d.code))
            ?.due,
        ]),
      );
      const { periods, rows } = monitoringRows({
        rulebook,
        parties: await partyDirectory(ctx.store),
        signals: signalRows
          .flatMap((s) => {
            const type = SignalTypeSchema.safeParse(s.type);
            return type.success ? [{ s, type: type.data }] : [];
          })
          .map(({ s, type }) => ({
            type,
            senderPartyId: s.senderPartyId,
            recipientPartyIds: s.recipientPartyIds,
            createdAt: s.createdAt,
            lifecycles: lifecyclesOf(s.id),
          })),
        aanmeldingen: aanmeldingen.map((a) => ({
          id: a.id,
          createdAt: a.createdAt,
          status: a.status,
          residentOf: a.facts["residentOf"],
        })),
        offers: offers.map((o) => ({
          aanmeldingId: o.aanmeldingId,
          landlordPartyId: o.landlordPartyId,
          offeredOn: o.offeredOn,
          withinTerm: o.withinTerm,
        })),
        offerDueOf: (id) => offerDue.get(id),
      });
      res.json(200, { rulebook: rulebook.id, title: rulebook.title, periods, rows });
    }),
  );
}
