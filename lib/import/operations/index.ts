// The import domain's operations, for the role × operation matrix test.
import { startImport } from "./start-import";

export const OPERATIONS = [startImport];
