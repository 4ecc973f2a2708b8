import { describe, expect, it } from "vitest";
import { withAadObjectId, withTenant } from "./outgoing";

describe("outgoing activity identity", () => {
  it("adds the tenant without dropping Web Chat's own channelData", () => {
    const sent = withTenant({ type: "message", channelData: { clientActivityID: "c1" } }, "t-1");
    expect(sent.channelData).toEqual({ clientActivityID: "c1", tenant: { id: "t-1" } });
  });

  it("adds from.aadObjectId and keeps the user id and name", () => {
    const sent = withAadObjectId({ type: "message", from: { id: "u1", name: "Anna", role: "user" } }, "aad-1");
    expect(sent.from).toEqual({ id: "u1", name: "Anna", role: "user", aadObjectId: "aad-1" });
  });
});
