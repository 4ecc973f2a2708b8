// Test support: makes concurrent turns overlap where they race. Real requests through the
// endpoint finish in a few milliseconds each, so two "at once" rarely interleave by chance;
// a gate holds the next reads of chosen keys until all of them have arrived, so every
// turn reads the same state before any of them writes (the lost-update window, every time).
import type { Storage } from "botbuilder";

export interface ReadGate {
  /** The next `count` reads of a matching key wait for each other, then all go ahead. */
  arm(count: number): void;
}

export function gateReads(storage: Storage, matches: (key: string) => boolean): ReadGate {
  const read = storage.read.bind(storage);
  let waiting: { count: number; arrived: number; release: () => void; released: Promise<void> } | undefined;
  storage.read = async (keys: string[]) => {
    const gate = waiting;
    if (gate && keys.some(matches)) {
      gate.arrived += 1;
      if (gate.arrived >= gate.count) {
        waiting = undefined;
        gate.release();
      }
      await gate.released;
    }
    return read(keys);
  };
  return {
    arm(count) {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      waiting = { count, arrived: 0, release, released };
    },
  };
}
