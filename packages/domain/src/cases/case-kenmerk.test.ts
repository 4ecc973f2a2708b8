import { describe, expect, it } from "vitest";
import { formatKenmerk, parseKenmerk } from "../common/kenmerk.js";
import { listRulebooks } from "../rulebooks/registry.js";
import { signalKenmerkPrefix } from "../signals/signal-kenmerk.js";
import { caseKenmerkPrefix } from "./case-kenmerk.js";

describe("case kenmerk prefixes", () => {
  it.each([
    ["lv-zorgafhankelijk-2025", "LV"],
    ["lv-noodwoning-2025", "LVN"],
    ["kw-huisuitzetting-2019", "KW"],
    ["mh-uitstroom-2019", "MH"],
    ["gv-hov-2025", "HOV"],
    ["gv-urgentie-2019", "URG"],
    ["xy-nieuw-2030", "XY"],
    ["9-a", "ZK"],
  ])("%s -> %s", (rulebook, prefix) => {
    expect(caseKenmerkPrefix(rulebook)).toBe(prefix);
  });

  it("every rulebook has a prefix the kenmerk parser reads back, distinct from the signal prefixes", () => {
    const signal = new Set(Object.values(signalKenmerkPrefix));
    for (const r of listRulebooks()) {
      const prefix = caseKenmerkPrefix(r.id);
      expect(signal.has(prefix), r.id).toBe(false);
      const kenmerk = formatKenmerk(prefix, 2026, 12);
      expect(parseKenmerk(kenmerk.toLowerCase())).toBe(kenmerk);
    }
  });
});
