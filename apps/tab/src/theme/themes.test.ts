import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { fluentTheme, teamsThemeName } from "./themes";

describe("Teams themes", () => {
  it("maps default, dark and contrast to Fluent's Teams themes", () => {
    expect(fluentTheme("default")).toBe(teamsLightTheme);
    expect(fluentTheme("dark")).toBe(teamsDarkTheme);
    expect(fluentTheme("contrast")).toBe(teamsHighContrastTheme);
  });

  it("reads an unknown or missing theme name as the default theme", () => {
    expect(teamsThemeName("dark")).toBe("dark");
    expect(teamsThemeName("glow")).toBe("default");
    expect(teamsThemeName(undefined)).toBe("default");
  });
});
