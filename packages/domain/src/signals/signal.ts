import { z } from "zod";
import { t } from "../common/localized.js";
import { bilingual } from "./refine.js";
import { AfsprakenNietNagekomenSignalSchema } from "./types/afspraken-niet-nagekomen.js";
import { EindeBegeleidingSignalSchema } from "./types/einde-begeleiding.js";
import { GeenContactHuurderSignalSchema } from "./types/geen-contact-huurder.js";
import { HuurachterstandSignalSchema } from "./types/huurachterstand.js";
import { OntruimingsvonnisSignalSchema } from "./types/ontruimingsvonnis.js";
import { OverlastSignalSchema } from "./types/overlast.js";
import { WeigeringBegeleidingSignalSchema } from "./types/weigering-begeleiding.js";

/** One schema per type, discriminated on `type`; strict, so no unclassified field gets in. */
export const signalSchemas = {
  huurachterstand: HuurachterstandSignalSchema,
  overlast: OverlastSignalSchema,
  einde_begeleiding: EindeBegeleidingSignalSchema,
  weigering_begeleiding: WeigeringBegeleidingSignalSchema,
  ontruimingsvonnis: OntruimingsvonnisSignalSchema,
  afspraken_niet_nagekomen: AfsprakenNietNagekomenSignalSchema,
  geen_contact_huurder: GeenContactHuurderSignalSchema,
} as const;

const addIssue = (ctx: z.core.$RefinementCtx, path: string[], nl: string, en: string) =>
  ctx.addIssue({ code: "custom", path, ...bilingual(t(nl, en)) });

export const SignalSchema = z
  .discriminatedUnion("type", [
    HuurachterstandSignalSchema,
    OverlastSignalSchema,
    EindeBegeleidingSignalSchema,
    WeigeringBegeleidingSignalSchema,
    OntruimingsvonnisSignalSchema,
    AfsprakenNietNagekomenSignalSchema,
    GeenContactHuurderSignalSchema,
  ])
  .superRefine((signal, ctx) => {
    // Cross-field consistency: a card must not accept what a caseworker cannot mean.
    if (signal.type === "huurachterstand") {
      if (signal.since !== undefined && signal.since > signal.signalDate)
        addIssue(ctx, ["since"], "ligt na de signaaldatum", "is after the signal date");
      if (signal.courtStage === "ontruimingsdatum" && !signal.evictionDate)
        addIssue(
          ctx,
          ["evictionDate"],
          "is verplicht bij rechtsfase 'ontruimingsdatum'",
          "is required with court stage 'ontruimingsdatum'",
        );
      if (signal.evictionDate && (signal.courtStage === "none" || signal.courtStage === "dagvaarding"))
        addIssue(ctx, ["evictionDate"], "kan pas na een vonnis", "only exists after a vonnis");
    }
    if (signal.type === "ontruimingsvonnis" && signal.ontruimingsdatum && signal.ontruimingsdatum < signal.vonnisDate)
      addIssue(ctx, ["ontruimingsdatum"], "ligt vóór de datum van het vonnis", "is before the date of the vonnis");
    if (signal.type === "afspraken_niet_nagekomen" && signal.brokenOn > signal.signalDate)
      addIssue(ctx, ["brokenOn"], "ligt na de signaaldatum", "is after the signal date");
    if (signal.type === "geen_contact_huurder") {
      if (signal.lastAttemptOn > signal.signalDate)
        addIssue(ctx, ["lastAttemptOn"], "ligt na de signaaldatum", "is after the signal date");
      if (new Set(signal.triedBy).size !== signal.triedBy.length)
        addIssue(ctx, ["triedBy"], "noemt een manier twee keer", "names a way twice");
    }
    if (signal.type === "overlast" && signal.since !== undefined && signal.since > signal.signalDate)
      addIssue(ctx, ["since"], "ligt na de signaaldatum", "is after the signal date");
  });

export type Signal = z.output<typeof SignalSchema>;
/** What a sender submits: `channel` may be left out (defaults to "convenant"). */
export type SignalInput = z.input<typeof SignalSchema>;
export type SignalOf<T extends Signal["type"]> = Extract<Signal, { type: T }>;
