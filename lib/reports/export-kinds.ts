// What can be exported and in which formats: shared by the server and the browser (no dependencies).
export const EXPORT_KINDS = ["actions", "comments"] as const;
export type TExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];
