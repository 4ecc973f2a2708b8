import { describe, expect, it } from "vitest";
import { ConnectionStatus, isConnectionLost } from "./connection";

describe("isConnectionLost", () => {
  it.each([
    [ConnectionStatus.Uninitialized, false],
    [ConnectionStatus.Connecting, false],
    [ConnectionStatus.Online, false],
    [ConnectionStatus.ExpiredToken, true], // the server restarted: its tokens are gone
    [ConnectionStatus.FailedToConnect, true],
    [ConnectionStatus.Ended, true],
  ])("status %i: lost = %s", (status, lost) => {
    expect(isConnectionLost(status)).toBe(lost);
  });
});
