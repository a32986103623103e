// The audit log's before/after diff, as shown to admins.
import { describe, expect, it } from "vitest";
import { diffJson } from "@/lib/audit/json-diff";

describe("audit diff", () => {
  it("lists changed, added, removed and unchanged keys", () => {
    expect(
      diffJson(
        { status: "PENDING", version: 3, note: "x" },
        { status: "FLAGGED", version: 3, flagCategory: "HATE" },
      ),
    ).toEqual([
      { key: "status", change: "changed", before: "PENDING", after: "FLAGGED" },
      { key: "version", change: "same", before: "3", after: "3" },
      { key: "note", change: "removed", before: "x" },
      { key: "flagCategory", change: "added", after: "HATE" },
    ]);
  });

  it("handles a creation, a deletion, nested values and scalars", () => {
    expect(diffJson(null, { role: "EDITOR" })).toEqual([
      { key: "role", change: "added", after: "EDITOR" },
    ]);
    expect(diffJson({ t: { a: [1, 2] } }, undefined)).toEqual([
      { key: "t", change: "removed", before: '{"a":[1,2]}' },
    ]);
    expect(diffJson("a", "b")).toEqual([
      { key: "value", change: "changed", before: "a", after: "b" },
    ]);
    expect(diffJson(null, null)).toEqual([]);
  });
});
