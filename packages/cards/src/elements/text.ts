import type { Color, Spacing, TextBlock } from "../card-types.js";

/** Wrapped by default: long Dutch legal sentences get clipped in Teams otherwise. */
export function text(value: string, options: Omit<TextBlock, "type" | "text"> = {}): TextBlock {
  return { type: "TextBlock", text: value, wrap: true, ...options };
}

export function heading(value: string, options: { color?: Color; spacing?: Spacing } = {}): TextBlock {
  return text(value, { size: "medium", weight: "bolder", style: "heading", ...options });
}

export function sectionTitle(value: string): TextBlock {
  return text(value, { weight: "bolder", spacing: "medium", separator: true });
}

export function subtle(value: string, options: { spacing?: Spacing } = {}): TextBlock {
  return text(value, { isSubtle: true, size: "small", ...options });
}
