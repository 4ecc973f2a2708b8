import { z } from "zod";
import { invalidInput } from "../../common/domain-error.js";
import { IsoDateSchema } from "../../common/iso-date.js";
import { dutchDateOf } from "../dutch-date.js";
import type { SignalState } from "../lifecycle.js";
import { isEvictionImminent } from "../signal-deadlines.js";
import type { Signal } from "../signal.js";
import { signalTypeModule } from "../signal-type-modules.js";
import { vngEindresultaatByOutcome, vngStatusByOutcome, vngStatusByStatus } from "./vng-mapping.js";
import {
  VngAanleverendeOrganisatieSchema,
  VngGemeentecodeSchema,
  VngUitwisselmodelSchema,
  type VngUitwisselmodel,
  type VngVroegsignaal,
} from "./vng-schema.js";

export const VngExportOptionsSchema = z.strictObject({
  gemeentecode: VngGemeentecodeSchema,
  aanleverendeOrganisatie: VngAanleverendeOrganisatieSchema,
  codeGegevensleverancier: z.string().min(1),
  /** The reporting period; a signal counts when its signaldatum falls in it (inclusive). */
  periode: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).refine((p) => p.start <= p.end, {
    message: "start after end",
    path: ["end"],
  }),
  /** Passed in by the caller: the domain reads no clock. */
  aanleverdatumEnTijd: z.iso.datetime({ offset: true }),
});
export type VngExportOptions = z.input<typeof VngExportOptionsSchema>;

/** A stored signal: the store's id (becomes the model's ID) and, when known, its lifecycle. */
export interface VngExportItem {
  id: string;
  signal: Signal;
  state?: SignalState;
}

/** A signal on the statutory channel of a type with a VNG mapping (huurachterstand) is a vroegsignaal in the Wgs sense. */
function isVroegsignaal(item: VngExportItem): boolean {
  return item.signal.channel === "vroegsignalering" && signalTypeModule(item.signal.type).vng !== undefined;
}

function client(signal: Signal): VngVroegsignaal["client"] {
  if (signal.tenant.bsn) return { burgerservicenummer: signal.tenant.bsn };
  return {
    postcode: signal.tenant.postcode,
    huisnummer: String(signal.tenant.huisnummer),
    ...(signal.tenant.huisnummertoevoeging ? { huisnummertoevoeging: signal.tenant.huisnummertoevoeging } : {}),
  };
}

function status(state: SignalState | undefined) {
  if (!state) return "Nog niet opgepakt" as const;
  return (
    (state.status === "afgesloten" && state.outcome && vngStatusByOutcome[state.outcome]) ||
    vngStatusByStatus[state.status]
  );
}

/** "YYYY-MM-DDTHH:MM:SSZ", the model's datum-tijd form. */
function utcSeconds(at: string): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Maps our huurachterstand vroegsignalen of one gemeente and period to VNG's Uitwisselmodel
 * (one levering). Other signals (other types, the convenant channel, outside the period) are
 * left out: they are not vroegsignalen. The caller selects the gemeente's signals.
 */
export function toVngUitwisselmodel(items: readonly VngExportItem[], options: VngExportOptions): VngUitwisselmodel {
  const parsed = VngExportOptionsSchema.safeParse(options);
  if (!parsed.success) throw invalidInput(parsed.error, "options");
  const { periode, gemeentecode, aanleverendeOrganisatie, codeGegevensleverancier } = parsed.data;

  const selected = items
    .filter(isVroegsignaal)
    .filter((i) => i.signal.signalDate >= periode.start && i.signal.signalDate <= periode.end)
    .sort((a, b) => a.signal.signalDate.localeCompare(b.signal.signalDate) || a.id.localeCompare(b.id));

  const vroegsignalen: VngVroegsignaal[] = selected.map(({ id, signal, state }) => ({
    ID: id,
    // ASSUMED: a crisis is an imminent eviction (vonnis/ontruimingsdatum), the Wgs art. 4 three-day case.
    crisissignaal: isEvictionImminent(signal),
    ...signalTypeModule(signal.type).vng!(signal),
    signaaldatum: signal.signalDate,
    status: status(state),
    signaalpartner: { type: "Huur" },
    client: client(signal),
  }));

  const vroegsignaalzaken = selected.flatMap(({ id, state }) => {
    if (!state?.takenAt) return [];
    const resultaat =
      state.status === "afgesloten" && state.outcome ? vngEindresultaatByOutcome[state.outcome] : undefined;
    return [
      { vroegsignalen: [{ ID: id }], datumOpgepakt: dutchDateOf(state.takenAt), ...(resultaat ? { resultaat } : {}) },
    ];
  });

  const model: VngUitwisselmodel = {
    startdatumLevering: periode.start,
    einddatumLevering: periode.end,
    aanleverdatumEnTijd: utcSeconds(parsed.data.aanleverdatumEnTijd),
    codeGegevensleverancier,
    leveringen: [
      {
        teller: 1,
        gemeentecode,
        aanleverendeOrganisatie,
        vroegsignalen,
        ...(vroegsignaalzaken.length ? { vroegsignaalzaken } : {}),
      },
    ],
  };
  // Our own output must satisfy the model's shape; a failure here is a bug, not bad input.
  return VngUitwisselmodelSchema.parse(model);
}
