import { describe, expect, it } from "vitest";
import { parsePageConfig, roleLabel } from "./page-config";

const valid = {
  tenantId: "00000000-0000-0000-0000-000000000001",
  locale: "nl-NL",
  directLinePath: "/v3/directline",
  bot: { id: "convenantbot", name: "Convenantbot" },
  demoUsers: [{ id: "u1", name: "Lotte", aadObjectId: "a1", role: "sociale_verhuurder", partyName: "Woonstede" }],
};

describe("parsePageConfig", () => {
  it("accepts the config the bot serves", () => {
    expect(parsePageConfig(valid)).toEqual(valid);
  });

  it("says in both languages what is wrong", () => {
    expect(() => parsePageConfig([])).toThrow("config.json is geen object / config.json is not an object");
    expect(() => parsePageConfig({ ...valid, tenantId: "" })).toThrow(/mist tenantId.* \/ config.json lacks tenantId/);
    expect(() => parsePageConfig({ ...valid, demoUsers: [{ id: "u1" }] })).toThrow(
      "config.json: demoUsers[0] ongeldig / invalid",
    );
  });

  it("shows domain party roles in Dutch and unknown ones as they are", () => {
    expect(roleLabel("sociale_verhuurder")).toBe("verhuurder");
    expect(roleLabel("zorgorganisatie")).toBe("zorgpartij");
    expect(roleLabel("iets_nieuws")).toBe("iets_nieuws");
  });
});
