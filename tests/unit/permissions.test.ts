import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, parseRole } from "@/lib/auth/permissions";
import { navFor } from "@/lib/auth/navigation";

// The expected matrix, written out by hand so a change to the table must be a deliberate one.
const EXPECTED: Record<string, string[]> = {
  "queue:read": ["ADMIN", "EDITOR", "MODERATOR"],
  "comment:moderate": ["ADMIN", "EDITOR", "MODERATOR"],
  "comment:annotate": ["ADMIN", "EDITOR", "MODERATOR"],
  "comment:note": ["ADMIN", "EDITOR", "MODERATOR"],
  "claim:decide": ["ADMIN", "EDITOR", "MODERATOR"],
  "article:read": ["ADMIN", "EDITOR", "MODERATOR"],
  "article:hide": ["ADMIN", "EDITOR"],
  "article:close": ["ADMIN", "EDITOR"],
  "import:run": ["ADMIN", "EDITOR"],
  "import:read": ["ADMIN", "EDITOR"],
  "reports:read": ["ADMIN"],
  "reports:export": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "users:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "jobs:manage": ["ADMIN"],
  "author:read": ["ADMIN", "EDITOR", "MODERATOR"],
  "author:note": ["ADMIN", "EDITOR", "MODERATOR"],
  "author:restrict": ["ADMIN", "EDITOR", "MODERATOR"],
  "author:ban": ["ADMIN", "EDITOR"],
  "reader-report:resolve": ["ADMIN", "EDITOR", "MODERATOR"],
};

describe("permission table", () => {
  it("lists exactly the expected permissions", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [permission, roles] of Object.entries(EXPECTED)) {
    for (const role of ROLES) {
      const allowed = roles.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("fails closed on unknown roles and permissions", () => {
    expect(can("SUPERUSER", "queue:read")).toBe(false);
    expect(can(undefined, "queue:read")).toBe(false);
    expect(can("admin", "queue:read")).toBe(false); // roles are exact, upper-case values
    expect(can("ADMIN", "nuke:everything")).toBe(false);
    expect(can("ADMIN", "toString")).toBe(false);
  });

  it("parses CLI role names case-insensitively and rejects others", () => {
    expect(parseRole("editor")).toBe("EDITOR");
    expect(parseRole(" Admin ")).toBe("ADMIN");
    expect(parseRole("owner")).toBeNull();
  });

  it("shows each role only the sections it may open", () => {
    expect(navFor("MODERATOR").map((n) => n.label)).toEqual(["Queue", "Articles"]);
    expect(navFor("EDITOR").map((n) => n.label)).toEqual(["Queue", "Articles", "Import"]);
    expect(navFor("ADMIN").map((n) => n.label)).toEqual([
      "Queue",
      "Articles",
      "Import",
      "Reports",
      "Admin",
    ]);
  });
});
