/**
 * A light type for the subset of Adaptive Card 1.5 this package emits. It is not the full
 * schema (the tests validate against that); it exists so a typo in a property name or an
 * Action.Execute without a verb is a compile error, not a card Teams silently refuses.
 */

export type Color = "default" | "dark" | "light" | "accent" | "good" | "warning" | "attention";
export type Spacing = "default" | "none" | "small" | "medium" | "large" | "extraLarge" | "padding";
export type ContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
}

export interface TextBlock extends ElementBase {
  type: "TextBlock";
  text: string;
  wrap?: boolean;
  size?: "default" | "small" | "medium" | "large" | "extraLarge";
  weight?: "default" | "lighter" | "bolder";
  color?: Color;
  isSubtle?: boolean;
  style?: "default" | "heading";
  maxLines?: number;
}

export interface Container extends ElementBase {
  type: "Container";
  items: CardElement[];
  style?: ContainerStyle;
  /** The whole container as one button (Adaptive Cards: any action but Action.ShowCard). */
  selectAction?: Exclude<CardAction, ShowCardAction>;
}

export interface Column extends ElementBase {
  type: "Column";
  items: CardElement[];
  width?: "auto" | "stretch" | string | number;
  verticalContentAlignment?: "top" | "center" | "bottom";
}

export interface ColumnSet extends ElementBase {
  type: "ColumnSet";
  columns: Column[];
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: "FactSet";
  facts: Fact[];
}

export interface ActionSet extends ElementBase {
  type: "ActionSet";
  actions: CardAction[];
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputChoice {
  title: string;
  /** Never a comma: a multi-select ChoiceSet returns its values comma-joined. */
  value: string;
}

export interface InputChoiceSet extends InputBase {
  type: "Input.ChoiceSet";
  choices: InputChoice[];
  style?: "compact" | "expanded";
  isMultiSelect?: boolean;
  value?: string;
  placeholder?: string;
  wrap?: boolean;
}

export interface InputToggle extends InputBase {
  type: "Input.Toggle";
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
}

export interface InputNumber extends InputBase {
  type: "Input.Number";
  min?: number;
  max?: number;
  value?: number;
  placeholder?: string;
}

export interface InputDate extends InputBase {
  type: "Input.Date";
  min?: string;
  max?: string;
  value?: string;
  placeholder?: string;
}

export interface InputText extends InputBase {
  type: "Input.Text";
  value?: string;
  placeholder?: string;
  maxLength?: number;
  isMultiline?: boolean;
}

export type CardInput = InputChoiceSet | InputToggle | InputNumber | InputDate | InputText;

export type CardElement = TextBlock | Container | ColumnSet | FactSet | ActionSet | CardInput;

interface ActionBase {
  title: string;
  id?: string;
  style?: "default" | "positive" | "destructive";
  tooltip?: string;
}

/** Universal Actions: Teams sends an `adaptiveCard/action` invoke carrying `verb` and `data`. */
export interface ExecuteAction extends ActionBase {
  type: "Action.Execute";
  verb: string;
  data?: Record<string, unknown>;
  /** "none" for actions such as back/cancel that must not trip required-input validation. */
  associatedInputs?: "auto" | "none";
}

export interface ShowCardAction extends ActionBase {
  type: "Action.ShowCard";
  card: NestedCard;
}

/** Client-side only (nothing is sent to the bot): shows or hides elements by id, e.g. "Toon alle regels". */
export interface ToggleVisibilityAction extends ActionBase {
  type: "Action.ToggleVisibility";
  /** An id toggles; `{ elementId, isVisible }` sets (how one section opens and closes the others). */
  targetElements: (string | { elementId: string; isVisible?: boolean })[];
}

/** Opens a link (the tab's deep link); no data goes to the bot. */
export interface OpenUrlAction extends ActionBase {
  type: "Action.OpenUrl";
  url: string;
}

export type CardAction = ExecuteAction | ShowCardAction | ToggleVisibilityAction | OpenUrlAction;

/** A card inside Action.ShowCard: the schema does not require a version there. */
export interface NestedCard {
  type: "AdaptiveCard";
  body: CardElement[];
  actions?: CardAction[];
}

export interface Refresh {
  action: ExecuteAction;
  /** Teams user ids (`29:...`), at most 60 (Teams ignores a card refresh list beyond that). */
  userIds?: string[];
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: "1.5";
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Refresh;
  fallbackText?: string;
  /** Teams-only extension, not in the 1.5 schema; validators strip it first. */
  msteams?: { width?: "Full" };
}
