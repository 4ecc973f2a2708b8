import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nProvider } from "../i18n/I18nProvider";
import type { Lang } from "../i18n/translate";

/** A component as the tab renders it (theme + language), to static HTML: no DOM library needed. */
export function renderHtml(ui: ReactElement, lang: Lang = "nl"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </FluentProvider>,
  );
}

/** The visible text of rendered HTML, for assertions that do not depend on markup. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
