import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IntMultiMap, IntSet, IntTable } from "@/lib/triage/text/int-table";
import { freshInt32, freshUint32, freshUint8 } from "@/lib/triage/text/slab";

describe("IntTable", () => {
  it("answers like a Map for any sequence of sets and gets, through growth", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat()), {
          maxLength: 400,
        }),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 50 }),
        (entries, probes) => {
          const table = new IntTable();
          const map = new Map<number, number>();
          for (const [k, v] of entries) {
            table.set(k, v);
            map.set(k, v);
          }
          expect(table.size).toBe(map.size);
          for (const k of [...map.keys(), ...probes]) expect(table.get(k)).toBe(map.get(k) ?? -1);
        },
      ),
    );
  });

  it("keeps keys that share their start slot apart (sequential and colliding hashes)", () => {
    const table = new IntTable();
    // Keys whose low 16 bits are all equal; 60,000 of them grow the table past 2^16 slots.
    for (let k = 0; k < 60_000; k++) table.set(Math.imul(k, 65_536), k);
    for (let k = 0; k < 60_000; k++) expect(table.get(Math.imul(k, 65_536))).toBe(k);
    expect(table.get(1)).toBe(-1);
    // A key is read as the 32-bit integer it is stored as: 2^32 + 5 is 5.
    table.set(5, 1);
    expect(table.get(2 ** 32 + 5)).toBe(1);
  });

  it("refuses values it cannot store", () => {
    const table = new IntTable();
    expect(() => table.set(1, -1)).toThrow(/non-negative/);
    expect(() => table.set(1, 0.5)).toThrow(/non-negative/);
  });

  it("IntSet has what was added and nothing else", () => {
    const set = new IntSet([5, -7, 2 ** 31 - 1]);
    set.add(0);
    expect([5, -7, 2 ** 31 - 1, 0].every((k) => set.has(k))).toBe(true);
    expect(set.has(6)).toBe(false);
    expect(set.size).toBe(4);
  });
});

describe("IntMultiMap", () => {
  it("keeps every value added under a key, in order, and nothing under other keys", () => {
    const map = new IntMultiMap<string>();
    map.add(7, "a");
    map.add(-3, "b");
    map.add(7, "c");
    expect(map.get(7)).toEqual(["a", "c"]);
    expect(map.get(-3)).toEqual(["b"]);
    expect(map.get(8)).toBeUndefined();
  });
});

describe("slab arrays", () => {
  it("are zero-filled and never share memory, across slab boundaries", () => {
    const arrays: Int32Array[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = freshInt32(37 + (i % 200));
      expect(a.every((v) => v === 0)).toBe(true);
      a.fill(i + 1);
      arrays.push(a);
    }
    arrays.forEach((a, i) => expect(a.every((v) => v === i + 1)).toBe(true));
  });

  it("give large requests their own buffer", () => {
    const big = freshUint8(1 << 20);
    expect(big.length).toBe(1 << 20);
    expect(big.buffer.byteLength).toBe(1 << 20);
    const words = freshUint32(3);
    words[0] = 2 ** 32 - 1;
    expect([...words]).toEqual([2 ** 32 - 1, 0, 0]);
  });
});
