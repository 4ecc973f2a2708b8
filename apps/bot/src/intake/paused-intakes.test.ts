import { describe, expect, it } from "vitest";
import type { IntakeState } from "./intake-state.js";
import { MemoryStorage } from "botbuilder";
import {
  afterTurn,
  MAX_PAUSED,
  ownCopy,
  PAUSED_INDEX_ATTEMPTS,
  pausedIntakesOf,
  readPausedIndex,
  readVersionedPausedIndex,
  takeOver,
  updatePausedIndex,
  type PausedIndex,
} from "./paused-intakes.js";

const intake = (
  id: string,
  status: IntakeState["status"],
  answered: string[] = ["validId"],
  revision = answered.length,
): IntakeState => ({
  id,
  rulebook: "lv-zorgafhankelijk-2025",
  asOf: "2026-03-01",
  facts: Object.fromEntries(answered.map((f) => [f, true])),
  answered,
  status,
  revision,
});
const empty: PausedIndex = { intakes: [], moved: [] };
const ids = (index: PausedIndex) => index.intakes.map((i) => i.id);

describe("paused intakes per caseworker", () => {
  // before -> after in this chat, and what the index then holds.
  const turns: {
    name: string;
    index: PausedIndex;
    before?: IntakeState;
    after?: IntakeState;
    paused: string[];
    moved: string[];
  }[] = [
    {
      name: "pausing adds it",
      index: empty,
      before: intake("a", "active"),
      after: intake("a", "paused"),
      paused: ["a"],
      moved: [],
    },
    {
      name: "resuming here removes it and marks copies elsewhere stale",
      index: { intakes: [intake("a", "paused")], moved: [] },
      before: intake("a", "paused"),
      after: intake("a", "active"),
      paused: [],
      moved: ["a"],
    },
    {
      name: "cancelling a paused one removes it",
      index: { intakes: [intake("a", "paused")], moved: [] },
      before: intake("a", "paused"),
      paused: [],
      moved: ["a"],
    },
    {
      name: "a turn that leaves it paused keeps it once",
      index: { intakes: [intake("a", "paused")], moved: [] },
      before: intake("a", "paused"),
      after: intake("a", "paused"),
      paused: ["a"],
      moved: [],
    },
    {
      name: "pausing again after a move clears the mark",
      index: { intakes: [], moved: ["a"] },
      before: intake("a", "active"),
      after: intake("a", "paused"),
      paused: ["a"],
      moved: [],
    },
    {
      name: "an active intake is no paused work",
      index: empty,
      before: undefined,
      after: intake("b", "active"),
      paused: [],
      moved: [],
    },
  ];
  it.each(turns)("$name", ({ index, before, after, paused, moved }) => {
    const next = afterTurn(index, before, after);
    expect(ids(next)).toEqual(paused);
    expect(next.moved).toEqual(moved);
  });

  it("keeps at most MAX_PAUSED, the newest first", () => {
    let index = empty;
    for (let i = 0; i < MAX_PAUSED + 2; i++) index = afterTurn(index, undefined, intake(`p${i}`, "paused"));
    expect(ids(index)).toHaveLength(MAX_PAUSED);
    expect(ids(index)[0]).toBe(`p${MAX_PAUSED + 1}`);
  });

  it("a chat drops its paused copy once the intake moved, or was paused again elsewhere with other answers", () => {
    const here = { intake: intake("a", "paused") };
    expect(ownCopy(here, { intakes: [], moved: ["a"] })).toEqual({});
    expect(ownCopy(here, { intakes: [intake("a", "paused", ["validId", "residentOf"])], moved: [] })).toEqual({});
    expect(ownCopy(here, { intakes: [intake("a", "paused")], moved: [] })).toEqual(here);
    // An active intake of this chat is never touched.
    expect(ownCopy({ intake: intake("a", "active") }, { intakes: [], moved: ["a"] })).toEqual({
      intake: intake("a", "active"),
    });
  });

  it("taking over: the wanted intake comes here, this chat's open work is paused into the index; unknown ids change nothing", () => {
    const index: PausedIndex = { intakes: [intake("x", "paused")], moved: [] };
    const taken = takeOver({ intake: intake("y", "active") }, index, "x")!;
    expect(taken.conversation.intake?.id).toBe("x");
    expect(ids(taken.index)).toEqual(["y"]);
    expect(taken.index.intakes[0]!.status).toBe("paused");
    expect(taken.index.moved).toEqual(["x"]);
    expect(takeOver({}, index, "nope")).toBeUndefined();
    // Nothing answered yet is no work to keep.
    expect(ids(takeOver({ intake: intake("y", "active", []) }, index, "x")!.index)).toEqual([]);
  });

  it("lists the index and this chat's own paused intake once each", () => {
    const own = intake("a", "paused");
    expect(
      pausedIntakesOf({ intakes: [own, intake("b", "paused")], moved: [] }, { intake: own }).map((i) => i.id),
    ).toEqual(["a", "b"]);
    expect(pausedIntakesOf(empty, { intake: own }).map((i) => i.id)).toEqual(["a"]);
  });
});

describe("writing the paused list: eTag-checked, retried, bounded (two chats pausing at once)", () => {
  // Stored intakes carry uuids (IntakeStateSchema): one per letter.
  const uuid = (letter: string) => `00000000-0000-4000-8000-00000000000${letter}`;
  const pause = (id: string) => (index: PausedIndex) =>
    afterTurn(index, intake(uuid(id), "active"), intake(uuid(id), "paused"));
  const resume = (id: string) => (index: PausedIndex) =>
    afterTurn(index, intake(uuid(id), "paused"), intake(uuid(id), "active"));

  it.each([
    { name: "both create the list at once", start: [] as string[], a: pause("a"), b: pause("b"), listed: ["a", "b"] },
    { name: "both add to an existing list", start: ["c"], a: pause("a"), b: pause("b"), listed: ["a", "b", "c"] },
    { name: "one adds while the other resumes", start: ["c"], a: pause("a"), b: resume("c"), listed: ["a"] },
  ])("$name: both reads come before both writes, and both changes are kept", async ({ start, a, b, listed }) => {
    const storage = new MemoryStorage();
    for (const id of start) await updatePausedIndex(storage, "m-1", pause(id));
    // The race: both chats read the same list, then both write.
    const [readA, readB] = await Promise.all([
      readVersionedPausedIndex(storage, "m-1"),
      readVersionedPausedIndex(storage, "m-1"),
    ]);
    const first = await updatePausedIndex(storage, "m-1", a, readA);
    const second = await updatePausedIndex(storage, "m-1", b, readB);
    expect([first.attempts, second.attempts]).toEqual([1, 2]); // the later one lost once and tried again
    expect(ids(await readPausedIndex(storage, "m-1")).sort()).toEqual(listed.map(uuid));
  });

  it("gives up after PAUSED_INDEX_ATTEMPTS lost races, saying so, and throws anything else", async () => {
    const storage = new MemoryStorage();
    const conflicting = {
      read: (keys: string[]) => storage.read(keys),
      delete: (keys: string[]) => storage.delete(keys),
      write: async () => {
        throw new Error('Storage: error writing "k" due to eTag conflict.');
      },
    };
    expect(await updatePausedIndex(conflicting, "m-1", pause("a"))).toEqual({
      index: empty,
      written: false,
      attempts: PAUSED_INDEX_ATTEMPTS,
    });
    const broken = { ...conflicting, write: async () => Promise.reject(new Error("database away")) };
    await expect(updatePausedIndex(broken, "m-1", pause("a"))).rejects.toThrow("database away");
    // Nothing to change: nothing written, not even tried.
    expect(await updatePausedIndex(conflicting, "m-1", (index) => index)).toMatchObject({ written: true, attempts: 1 });
  });
});
