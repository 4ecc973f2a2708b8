import type { z } from "zod";
import type { IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { envelopeShape } from "./envelope.js";
import type { FieldCategory } from "./field-categories.js";
import type { SignalOutcome } from "./outcomes.js";

/** Keys every signal has (the envelope and its `type`): classified once, in field-categories.ts. */
type EnvelopeKey = keyof typeof envelopeShape | "type";

/**
 * The classified paths of a type's own fields: top-level keys, and `parent.child` for the
 * fields of a nested record (huurachterstand's `vroegsignalering`). A module missing one
 * does not compile.
 */
export type TypeFieldPath<O> = {
  [K in Exclude<keyof O & string, EnvelopeKey>]-?: NonNullable<O[K]> extends readonly unknown[]
    ? K
    : NonNullable<O[K]> extends Record<string, unknown>
      ? `${K}.${keyof NonNullable<O[K]> & string}`
      : K;
}[Exclude<keyof O & string, EnvelopeKey>];

/** One field of a type: its privacy category and what people read about it. */
export interface SignalFieldSpec {
  category: FieldCategory;
  /** Beside the value on a card or in the tab ("Bedrag achterstand"). */
  label: Localized;
  /** The form's question, when it says more than the label ("Bedrag achterstand (euro)"). */
  ask?: Localized;
  /** Shown under the form field: why it is asked. */
  help?: Localized;
  /** An example of what to type ("bijv. 1.450,50"). */
  placeholder?: Localized;
  /** The words for each coded value, lower case as in a sentence ("ontruimingsdatum bekend"). */
  values?: Readonly<Record<string, Localized>>;
  /**
   * The form's input id when it is not the path: the Teams form posts one flat object, so
   * two types' fields of the same name but different questions need different ids.
   */
  formId?: string;
  /** A list of coded values asked as one toggle each: its input id and question per value. */
  toggles?: Readonly<Record<string, { id: string; ask: Localized }>>;
}

/** The VNG Uitwisselmodel fields a type fills in a vroegsignaal (only Wgs types have them). */
export interface VngVroegsignaalPart {
  bedrag: number;
  ontstaansdatum?: IsoDate;
  warmeOverdracht: boolean;
}

/** Reports a cross-field inconsistency on a field path, in both languages. */
export type AddSignalIssue = (path: string, nl: string, en: string) => void;

/**
 * Everything about one signal type, exported by its file in `signals/types/`: its zod
 * payload, each field's privacy category and words, the outcomes it can be closed with, its
 * kenmerk prefix and, where it has one, its VNG mapping. The enum, the field-category and
 * outcome tables, the kenmerk prefixes, the labels and the Teams form are built from the
 * list in `signal-type-modules.ts`: a new type is one file plus one line there (and its
 * routing and privacy rows in the rulebook modules that exchange it).
 *
 * The hooks are methods so that a module of one type still counts as a module of any type
 * (method parameters are checked both ways); the list only ever calls them with that type.
 */
export interface SignalTypeModule<T extends string = string, S extends z.ZodObject = z.ZodObject> {
  type: T;
  /** Strict, with `...envelopeShape` and `type: z.literal(T)`: no unclassified field gets in. */
  schema: S;
  /** Every field beyond the envelope, by dotted path. */
  fields: { readonly [P in TypeFieldPath<z.output<S>>]: SignalFieldSpec };
  /** What a closing card offers, in that order. */
  outcomes: readonly SignalOutcome[];
  /** Two capitals: the type is what a caseworker recognises first in a kenmerk ("HA-2026-0001"). */
  kenmerkPrefix: string;
  labels: {
    /** Short, for buttons, lists and the tab ("Huurachterstand" / "Rent arrears"). */
    title: Localized;
    /**
     * On a card in a chat, when it differs: the English cards keep the Dutch legal term
     * ("Rent arrears (huurachterstand)"). The tab and the card catalogue disagreed here before
     * the modules; both kept as they were (issue 13 item 2 reconciles the catalogues).
     */
    cardTitle?: Localized;
  };
  /**
   * Offered on the Teams form, at this place among the chooser's buttons. Absent: sent through
   * the API only (the zorgorganisatie's own system reports einde and weigering begeleiding).
   */
  teamsForm?: {
    position: number;
    /** The order the form asks the fields in, when it is not the schema's (paths; the rest follow). */
    fieldOrder?: readonly TypeFieldPath<z.output<S>>[];
  };
  /** Cross-field consistency: a card must not accept what a caseworker cannot mean. */
  refine?(signal: z.output<S>, issue: AddSignalIssue): void;
  /** A court has ruled (Wgs art. 4: first contact within three working days). Absent: never. */
  evictionImminent?(signal: z.output<S>): boolean;
  /** Its part of a VNG vroegsignaal, for a signal on the vroegsignalering channel. Absent: not a vroegsignaal. */
  vng?(signal: z.output<S>): VngVroegsignaalPart;
  /** A plausible typing slip to confirm before sending (the form's figures, as far as filled in). */
  confirm?(fields: Partial<z.output<S>>): Localized | undefined;
}

/** Checks a module against its own schema: T and S come from `type` and `schema`. */
export const defineSignalType = <T extends string, S extends z.ZodObject>(
  module: SignalTypeModule<T, S>,
): SignalTypeModule<T, S> => module;
