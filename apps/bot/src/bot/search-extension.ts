import {
  deriveCaseState,
  mayReadOwnReference,
  rulebookVersionOf,
  t,
  type Language,
  type Localized,
} from "@convenantbot/domain";
import { msg, recordLinkCard, recordLinkPreview, type AdaptiveCard, type RecordLinkInput } from "@convenantbot/cards";
import type { Caseworker } from "../ports.js";
import type { SignalDeps } from "./signal-routes.js";
import type { CaseDeps } from "../cases/case-routes.js";
import { caseStatusLabels } from "../cases/case-labels.js";
import { candidateFor } from "../cases/case-view.js";
import { recordDeepLink, type LinkTargets, type RecordKind } from "./deep-link.js";

/** The search message extension's command (manifest composeExtensions[0].commands[1].id). */
export const SEARCH_COMMAND = "zoek";
/** At most this many results: Teams shows a short list, and a search is not an export. */
export const SEARCH_RESULTS = 10;

export interface RecordHit {
  kind: RecordKind;
  id: string;
  kenmerk: string;
  what: Localized;
  status: Localized;
  createdAt: string;
  /** Matched text the searcher may see (a name); used for matching only, never put on the card. */
  searchable: string[];
}

interface SearchDeps {
  signals?: SignalDeps;
  cases?: CaseDeps;
}

const signalStatus = (status: string): Localized =>
  t(msg("nl", `signal.status.${status}` as never), msg("en", `signal.status.${status}` as never));
const signalType = (type: string): Localized =>
  t(msg("nl", `signal.type.${type}` as never), msg("en", `signal.type.${type}` as never));

function nameOf(fields: Record<string, unknown>): string | undefined {
  const nested = (fields["tenant"] as { name?: unknown } | undefined)?.name;
  const name = fields["tenant.name"] ?? nested;
  return typeof name === "string" ? name : undefined;
}

/**
 * The caller's own cases and signals (sent by or sent to their party), newest first: exactly
 * what "mijn signalen" and the tab list, through the same privacy filter. A name matches only
 * where the caller's role may see it.
 */
export async function ownRecords(caseworker: Caseworker, deps: SearchDeps): Promise<RecordHit[]> {
  const hits: RecordHit[] = [];
  if (deps.signals) {
    for (const view of await deps.signals.service.list(caseworker, { limit: 200 })) {
      const name = nameOf(view.fields);
      hits.push({
        kind: "signal",
        id: view.id,
        kenmerk: view.kenmerk,
        what: signalType(view.type),
        status: signalStatus(view.own?.status ?? view.lifecycles[0]?.status ?? "nieuw"),
        createdAt: view.createdAt,
        // The sender's own dossier number finds the signal for the sending party only (it is in
        // that party's view alone); it never goes on the inserted card.
        searchable: [...(name ? [name] : []), ...(view.ownReference ? [view.ownReference] : [])],
      });
    }
  }
  if (deps.cases) {
    for (const stored of await deps.cases.service.listFor(caseworker.partyId)) {
      const a = stored.aanmelding;
      const candidate = candidateFor(stored, {
        partyId: caseworker.partyId,
        role: caseworker.role,
        memberId: caseworker.id,
      }).fields as { name?: unknown };
      const rulebook = rulebookVersionOf(a.rulebook, a.rulebookVersion);
      const kenmerk = (a as { kenmerk?: string }).kenmerk ?? a.id.slice(0, 8);
      hits.push({
        kind: "case",
        id: a.id,
        kenmerk,
        what: rulebook ? rulebook.title : t(a.rulebook, a.rulebook),
        status:
          stored.history.length > 0 ? caseStatusLabels[deriveCaseState(stored.history).status] : t(a.status, a.status),
        createdAt: a.createdAt,
        // The sender's own dossier number finds the case for the sending party only; it never goes on the inserted card.
        searchable: [
          ...(typeof candidate.name === "string" ? [candidate.name] : []),
          ...(a.ownReference &&
          mayReadOwnReference({ partyId: caseworker.partyId, role: caseworker.role }, stored.senderPartyId)
            ? [a.ownReference]
            : []),
        ],
      });
    }
  }
  return hits.sort((x, y) => y.createdAt.localeCompare(x.createdAt));
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

/** Kenmerk (whole or its start), the id's short form, or part of a name the caller may see; empty: the newest. */
export function matchRecords(hits: readonly RecordHit[], query: string): RecordHit[] {
  const q = fold(query);
  if (q === "") return hits.slice(0, SEARCH_RESULTS);
  return hits
    .filter(
      (h) =>
        fold(h.kenmerk).startsWith(q) ||
        (q.length >= 8 && h.id.startsWith(q)) ||
        (q.length >= 2 && h.searchable.some((s) => fold(s).includes(q))),
    )
    .slice(0, SEARCH_RESULTS);
}

export function recordCardInput(hit: RecordHit, lang: Language, links: LinkTargets): RecordLinkInput {
  const openUrl = recordDeepLink(hit.kind, hit.id, links);
  return {
    kind: hit.kind,
    kenmerk: hit.kenmerk,
    what: hit.what,
    status: hit.status,
    createdAt: hit.createdAt,
    lang,
    ...(openUrl ? { openUrl } : {}),
  };
}

/** One attachment of a search answer: the card that is inserted, and its one-line preview. */
export function searchAttachment(
  hit: RecordHit,
  lang: Language,
  links: LinkTargets,
): { card: AdaptiveCard; preview: { title: string; text: string } } {
  const input = recordCardInput(hit, lang, links);
  return { card: recordLinkCard(input), preview: recordLinkPreview(input) };
}
