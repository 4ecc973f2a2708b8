import type { z } from "zod";
import { EuroAmountSchema } from "../common/euro.js";
import { IsoDateSchema } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import { envelopeShape } from "./envelope.js";
import type { SignalFieldSpec, SignalTypeModule } from "./signal-type-module.js";
import { defOf, unwrap } from "./zod-internals.js";

/**
 * How the form asks a field, read from its zod type: an `EuroAmountSchema` is an amount, any
 * other number a count, an `IsoDateSchema` a date, an enum a choice, a boolean a toggle (never
 * required: unticked is an answer), an array of an enum one toggle per value, a string text.
 */
export type SignalTypeFormFieldKind = "amount" | "count" | "date" | "enum" | "flag" | "checklist" | "text";

export interface SignalTypeFormField {
  /** The form's input id (for a checklist: each toggle has its own, in `options`). */
  id: string;
  /** Where the value goes in the signal. */
  path: string;
  kind: SignalTypeFormFieldKind;
  /** Not optional in the schema; a checklist when the schema refuses an empty list. */
  required: boolean;
  label: Localized;
  help?: Localized;
  placeholder?: Localized;
  /** An enum's values with their words; a checklist's toggles with their ids and questions. */
  options?: readonly { value: string; label: Localized; id?: string }[];
}

const enumValues = (schema: z.ZodType): string[] => (schema as unknown as z.ZodEnum).options.map(String);

function kindOf(inner: z.ZodType): SignalTypeFormFieldKind | undefined {
  if (inner === EuroAmountSchema) return "amount";
  if (inner === IsoDateSchema) return "date";
  const def = defOf(inner);
  if (def.type === "number") return "count";
  if (def.type === "boolean") return "flag";
  if (def.type === "enum") return "enum";
  if (def.type === "string") return "text";
  if (def.type === "array" && def.element && defOf(def.element).type === "enum") return "checklist";
  return undefined; // a nested record: not asked on the form
}

/**
 * Fields the type's form does not ask: the envelope and `note` are the form's common part
 * (the tenant, the note every type has), and a nested record (the Wgs vroegsignalering
 * record) arrives from the landlord's own system through the API.
 */
const commonPart = new Set<string>([...Object.keys(envelopeShape), "type", "note"]);

/** The form fields of one type, in the schema's order, derived from its schema and its field words. */
export function formFieldsOf(module: SignalTypeModule): SignalTypeFormField[] {
  const specs = module.fields as Readonly<Record<string, SignalFieldSpec>>;
  const out: SignalTypeFormField[] = [];
  for (const [path, schema] of Object.entries(module.schema.shape as Record<string, z.ZodType>)) {
    if (commonPart.has(path)) continue;
    const { inner, optional } = unwrap(schema);
    const kind = kindOf(inner);
    const spec = specs[path];
    if (!kind || !spec) continue;
    const field: SignalTypeFormField = {
      id: spec.formId ?? path,
      path,
      kind,
      required: kind === "flag" ? false : kind === "checklist" ? !inner.safeParse([]).success : !optional,
      label: spec.ask ?? spec.label,
      ...(spec.help ? { help: spec.help } : {}),
      ...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
    };
    if (kind === "enum")
      field.options = enumValues(inner).map((value) => ({
        value,
        label: spec.values?.[value] ?? { nl: value, en: value },
      }));
    if (kind === "checklist")
      field.options = enumValues(defOf(inner).element!).map((value) => {
        const toggle = spec.toggles?.[value];
        return {
          value,
          id: toggle?.id ?? `${path}.${value}`,
          label: toggle?.ask ?? spec.values?.[value] ?? spec.label,
        };
      });
    out.push(field);
  }
  const first = (module.teamsForm?.fieldOrder ?? []) as readonly string[];
  const rank = (f: SignalTypeFormField) => (first.includes(f.path) ? first.indexOf(f.path) : first.length);
  return out.sort((a, b) => rank(a) - rank(b)); // stable: the rest keep the schema's order
}
