/**
 * C0 control characters and DEL, except tab, line feed and carriage return: nobody types them,
 * Postgres refuses NUL in text, and they hide text in cards and logs. Refused at the edge with
 * the field named, instead of failing deep in the store.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface ControlCharacterFinding {
  /** The field, as the API names it: `fields.careNotes`, `items[2].name`. */
  field: string;
  /** e.g. "U+0000". */
  codePoint: string;
}

function codePointOf(text: string): string {
  const match = CONTROL.exec(text);
  return `U+${(match?.[0].charCodeAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first string or key in `value` that holds a control character, or undefined. */
export function findControlCharacter(value: unknown, path = ""): ControlCharacterFinding | undefined {
  if (typeof value === "string")
    return CONTROL.test(value) ? { field: path || "(body)", codePoint: codePointOf(value) } : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (CONTROL.test(key)) return { field: field.replace(CONTROL, "?"), codePoint: codePointOf(key) };
      const found = findControlCharacter(inner, field);
      if (found) return found;
    }
  }
  return undefined;
}
