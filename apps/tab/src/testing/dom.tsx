import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { act, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { I18nProvider } from "../i18n/I18nProvider";
import type { Lang } from "../i18n/translate";

/** The size a browser would give a Fluent chart (happy-dom does no layout of its own). */
export interface ChartBox {
  width: number;
  height: number;
}

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/**
 * A component as the tab renders it (theme + language), mounted in the test's DOM (a file
 * with `// @vitest-environment happy-dom`), effects and re-renders included: Fluent's charts
 * measure their container after mounting and only then draw. happy-dom lays nothing out, so
 * every chart container (Fluent's `fui-cart__root`) reports `box`, as a browser would.
 * Returns the mounted element and a function that unmounts it.
 */
export async function renderDom(
  ui: ReactElement,
  { lang = "nl", box = { width: 640, height: 260 } }: { lang?: Lang; box?: ChartBox } = {},
): Promise<{ container: HTMLElement; unmount: () => void }> {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const measure = HTMLElement.prototype.getBoundingClientRect;
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (!this.classList.contains("fui-cart__root")) return measure.call(this);
    return DOMRect.fromRect({ x: 0, y: 0, width: box.width, height: box.height });
  };
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <FluentProvider theme={teamsLightTheme}>
        <I18nProvider lang={lang}>{ui}</I18nProvider>
      </FluentProvider>,
    );
  });
  // The chart's second render, with the measured size.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
      HTMLElement.prototype.getBoundingClientRect = measure;
    },
  };
}
