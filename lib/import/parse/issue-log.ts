// Collects warnings and record errors while a parser runs; every issue names where it happened.
import type { TParseIssue } from "@/lib/import/types";

/** The `where` of a file that cannot be read at all (empty, binary): the CLI exits non-zero on it. */
export const FILE_WHERE = "file";

/** The `where` of issues about the document as a whole that was read (not JSON, not a WXR export…). */
export const DOCUMENT_WHERE = "document";

export class IssueLog {
  readonly warnings: TParseIssue[] = [];
  readonly errors: TParseIssue[] = [];
  // Some warnings (e.g. "relative timestamp") would repeat on every record; say them once.
  private readonly onceKeys = new Set<string>();

  warn(where: string, message: string): void {
    this.warnings.push({ where, message });
  }

  warnOnce(key: string, where: string, message: string): void {
    if (this.onceKeys.has(key)) return;
    this.onceKeys.add(key);
    this.warn(where, message);
  }

  error(where: string, message: string): void {
    this.errors.push({ where, message });
  }
}
