// Public API of the import parsers (pure: no I/O, no database). Named exports only, no barrels.
export { parseFile, parseText, isUnreadable, type TParseOptions } from "./parse-file";
export { detectFormat } from "./detect-format";
export { decodeBytes, type TDecoded } from "./decode";
export { htmlToText } from "./html-to-text";
export { MAX_COMMENT_CHARS } from "./limits";
export { parseVigilRecord, parseVigilLine, type TVigilRecord } from "./vigil-json";
export { parseTextPage, type TTextPage } from "./text-page/parse-text-page";
