import { z } from "zod";
import type { PartyRole } from "../parties/party.js";
import { ownReferencePolicy } from "../signals/privacy-table.js";

/** Longest own dossier number accepted; organisations' numbers are short codes. */
export const OWN_REFERENCE_MAX = 40;

/**
 * The caseworker's own dossier number (optional, issue 15 item 7): letters, digits and the
 * separators dossier numbers use ("D-2024/118", "cl.4471"); it starts with a letter or digit,
 * so it is never mistaken for a command word's punctuation.
 */
export const OwnReferenceSchema = z
  .string()
  .trim()
  .min(1)
  .max(OWN_REFERENCE_MAX)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/#-]*$/u);

export type OwnReferenceParse = { ok: true; value?: string } | { ok: false; message_nl: string; message_en: string };

/** An input's value: empty is "none given"; anything else must be a dossier number. */
export function parseOwnReference(raw: unknown): OwnReferenceParse {
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return { ok: true };
  const parsed = OwnReferenceSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message_nl: `Eigen dossiernummer: gebruik letters, cijfers en . _ / # - (hoogstens ${OWN_REFERENCE_MAX} tekens), of laat het leeg.`,
    message_en: `Own dossier number: use letters, digits and . _ / # - (at most ${OWN_REFERENCE_MAX} characters), or leave it empty.`,
  };
}

/** The same number however it is typed: case and surrounding spaces do not matter. */
export function ownReferenceKey(reference: string): string {
  return reference.trim().toLowerCase();
}

/** Whether a viewer sees the sender's own dossier number: its own party, and the roles the privacy data allows. */
export function mayReadOwnReference(
  viewer: { partyId: string; role: PartyRole },
  senderPartyId: string | null,
): boolean {
  return (
    (senderPartyId !== null && viewer.partyId === senderPartyId) ||
    ownReferencePolicy.visibleToOtherParties[viewer.role]
  );
}
