import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";

/** The three Teams themes (app.getContext().app.theme and the theme change handler). */
export type TeamsThemeName = "default" | "dark" | "contrast";
export const teamsThemeNames: readonly TeamsThemeName[] = ["default", "dark", "contrast"];

/** Teams may report a theme we do not know yet: the default is the safe reading. */
export function teamsThemeName(value: string | undefined | null): TeamsThemeName {
  return value === "dark" || value === "contrast" ? value : "default";
}

export function fluentTheme(name: TeamsThemeName): Theme {
  return name === "dark" ? teamsDarkTheme : name === "contrast" ? teamsHighContrastTheme : teamsLightTheme;
}
