import { describe, expect, it } from "vitest";
import { openRecordFrom } from "./open-record";

const id = "3f2a9c1e-0000-4000-8000-000000000000";

describe("the record a deep link opens in the tab", () => {
  it("reads ?open= on the web and the subPageId in Teams (which wins)", () => {
    expect(openRecordFrom(`?open=signal%3A${id}&lang=en`)).toEqual({ kind: "signal", id });
    expect(openRecordFrom("?open=signal:x", `case:${id.toUpperCase()}`)).toEqual({ kind: "case", id });
  });

  it.each(["", "?open=signal:123", "?open=iets:" + id, "?user=29:demo"])("opens nothing for %j", (search) => {
    expect(openRecordFrom(search)).toBeUndefined();
  });
});
