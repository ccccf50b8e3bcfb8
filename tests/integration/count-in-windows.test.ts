import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { countInWindows } from "@/lib/db/count-in-windows.server";

const start = new Date("2027-03-01T10:00:00.000Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("counters in fixed windows, kept in the database", () => {
  it("add up within a window, each key on its own, and answer in the order asked", async () => {
    const batches = { key: "batches:u1", points: 1, seconds: 60 };
    const events = { key: "events:u1", points: 20, seconds: 3600 };

    expect(await countInWindows(db, [batches, events], start)).toEqual([1, 20]);
    expect(await countInWindows(db, [batches, events], later(30))).toEqual([2, 40]);
    expect(await countInWindows(db, [events, { ...batches, key: "batches:u2" }], later(31))).toEqual([60, 1]);
  });

  it("start again once a window is over, and the new window runs from then", async () => {
    const batches = { key: "batches:u3", points: 1, seconds: 60 };
    await countInWindows(db, [batches], start);
    await countInWindows(db, [batches], later(59));

    expect(await countInWindows(db, [batches], later(60))).toEqual([1]);
    expect(await countInWindows(db, [batches], later(119))).toEqual([2]);
    expect(await countInWindows(db, [batches], later(121))).toEqual([1]);
  });
});
