import type { Page } from "playwright-core";

export interface Overlap {
  a: string;
  b: string;
}

/**
 * What a person would see as broken layout, measured with getBoundingClientRect: the page
 * wider than the window (a horizontal scroll bar), and visible boxes of text and controls
 * that cover each other (headers running into each other, a dropdown over its label,
 * chart labels on top of one another). Ancestors and descendants may overlap, of course;
 * visually hidden native checkboxes and radios (Fluent lays them over their label) are left out.
 */
export async function layoutProblems(
  page: Page,
): Promise<{ overflowX: number; overlaps: Overlap[]; beyondRightEdge: string[] }> {
  // Runs in the page; a string, because the bot's TypeScript has no DOM types.
  return (await page.evaluate(LAYOUT_SCRIPT)) as { overflowX: number; overlaps: Overlap[]; beyondRightEdge: string[] };
}

const LAYOUT_SCRIPT = `(() => {
    // Chart labels: Fluent's x-axis group names and the values written on its bars.
    const selector = "th, td, label, button, h1, h2, h3, select, input:not([type=checkbox]):not([type=radio]), .fui-cart__xAxis .tick text, svg g[role=listbox] > text, [role=tab], [role=status]";
    const elements = [...document.querySelectorAll(selector)].filter((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.opacity !== "0";
    });
    const name = (el) => {
      const text = (el.textContent ?? "").trim().replace(/\\s+/g, " ").slice(0, 40);
      return \`\${el.tagName.toLowerCase()}\${el.getAttribute("data-testid") ? \`[\${el.getAttribute("data-testid")}]\` : ""} "\${text}"\`;
    };
    const rects = elements.map((el) => el.getBoundingClientRect());
    const overlaps = [];
    const TOLERANCE = 1; // shared borders and sub-pixel rounding are not overlaps
    for (let i = 0; i < elements.length; i++) {
      for (let j = i + 1; j < elements.length; j++) {
        const a = elements[i];
        const b = elements[j];
        if (a.contains(b) || b.contains(a)) continue;
        // A <label> and the control it labels may share a box in some hosts' layouts.
        if (a instanceof HTMLLabelElement && a.control === b) continue;
        if (b instanceof HTMLLabelElement && b.control === a) continue;
        const ra = rects[i];
        const rb = rects[j];
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > TOLERANCE && h > TOLERANCE) overlaps.push({ a: name(a), b: name(b) });
      }
    }
    // The innermost boxes sticking out on the right: what makes the page scroll sideways.
    const beyond = [...document.body.querySelectorAll("*")].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > window.innerWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1);
    });
    return {
      overflowX: document.documentElement.scrollWidth - window.innerWidth,
      overlaps: overlaps.slice(0, 20),
      beyondRightEdge: beyond.slice(0, 10).map((el) => \`\${name(el)} (right \${Math.round(el.getBoundingClientRect().right)})\`),
    };
})()`;
