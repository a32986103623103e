// Shared XML reading for WXR and Disqus: validates the document, parses it, and when it is
// truncated or malformed salvages every complete, well-formed record element it still contains.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DOCUMENT_WHERE, type IssueLog } from "./issue-log";

export type TXmlNode = Record<string, unknown>;
export type TXmlRecord = { tag: string; node: TXmlNode; line: number | null };

/**
 * `arrayPaths` are element paths ("disqus.post", and "post" for a record parsed alone) that must
 * always come out as arrays; by path, because a Disqus <post> also holds a single <thread/>.
 */
export function createXmlParser(arrayPaths: string[]): XMLParser {
  const arrays = new Set(arrayPaths);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, jpath) => arrays.has(String(jpath)),
  });
}

/** The text content of an element whether it came out as a string, {#text}, or nothing. */
export function xmlText(node: unknown): string {
  if (typeof node === "string") return node;
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (node && typeof node === "object" && "#text" in node)
    return xmlText((node as TXmlNode)["#text"]);
  return "";
}

export function xmlChild(node: unknown, name: string): unknown {
  return node && typeof node === "object" ? (node as TXmlNode)[name] : undefined;
}

export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

/** Line numbers for increasing offsets, counted incrementally so salvage stays linear. */
function lineCounter(text: string): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    if (offset < pos) {
      pos = 0;
      line = 1;
    }
    for (let i = text.indexOf("\n", pos); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
      line++;
    pos = offset;
    return line;
  };
}

const lineAt = (text: string, offset: number): number => lineCounter(text)(offset);

function describe(
  err: { code: string; msg: string; line: number },
  text: string,
): { line: number; message: string } {
  // fast-xml-parser reports tags still open at the end of input against line 1; the end is where it broke.
  if (err.code === "InvalidXml" && /^Invalid '\[/.test(err.msg)) {
    const open = err.msg
      .replace(/^Invalid '\[|\]' found\.?$/g, "")
      .replace(/["\s]/g, "")
      .split(",")
      .filter(Boolean);
    return {
      line: lineAt(text, text.length),
      message: `XML ends with unclosed element(s) ${open.map((t) => `<${t}>`).join(", ")}: file truncated?`,
    };
  }
  return { line: err.line, message: `malformed XML: ${err.msg}` };
}

/** The parsed document, or the parser's complaint (fast-xml-parser throws on some inputs it was shown). */
function tryParse(parser: XMLParser, xml: string): TXmlNode | string {
  try {
    return parser.parse(xml) as TXmlNode;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Parses `xml`. When it is well-formed, `select` picks the records from the document. Otherwise the
 * error is logged with its line and each complete `<tag>…</tag>` among `recordTags` that is itself
 * well-formed is parsed alone, so the records before (and after) the damage are kept.
 */
export function readXmlRecords(
  xml: string,
  recordTags: string[],
  parser: XMLParser,
  select: (doc: TXmlNode) => TXmlRecord[],
  log: IssueLog,
): TXmlRecord[] {
  const verdict = XMLValidator.validate(xml);
  if (verdict === true) {
    const doc = tryParse(parser, xml);
    if (typeof doc !== "string") return select(doc);
    // The validator let through something the parser cannot read; salvage records as below.
    log.error(DOCUMENT_WHERE, `malformed XML: ${doc}`);
  } else {
    const { line, message } = describe(verdict.err, xml);
    log.error(`line ${line}`, message);
  }

  const records: TXmlRecord[] = [];
  const names = recordTags.join("|");
  // Opening tags that are not self-closing (a Disqus <post> holds a self-closing <thread dsq:id/>).
  const re = new RegExp(`<(${names})\\b[^>]*?(?<!/)>[\\s\\S]*?</\\1\\s*>`, "g");
  let lastEnd = 0;
  const lineOf = lineCounter(xml);
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const chunk = m[0];
    const chunkLine = lineOf(m.index);
    const check = XMLValidator.validate(chunk);
    lastEnd = m.index + chunk.length;
    if (check !== true) {
      log.error(
        `line ${chunkLine + check.err.line - 1}`,
        `skipped malformed <${m[1]}>: ${check.err.msg}`,
      );
      continue;
    }
    const parsed = tryParse(parser, chunk);
    if (typeof parsed === "string") {
      log.error(`line ${chunkLine}`, `skipped malformed <${m[1]}>: ${parsed}`);
      continue;
    }
    const node = asArray(parsed[m[1]] as TXmlNode | TXmlNode[])[0];
    if (node)
      records.push({ tag: m[1], node: typeof node === "object" ? node : {}, line: chunkLine });
  }
  const tail = new RegExp(`<(${names})\\b[^>]*?(?<!/)>`, "g");
  tail.lastIndex = lastEnd;
  const incomplete = tail.exec(xml);
  if (incomplete) {
    log.error(
      `line ${lineOf(incomplete.index)}`,
      `incomplete <${incomplete[1]}> (no closing tag): dropped`,
    );
  }
  if (records.length)
    log.warn(DOCUMENT_WHERE, `salvaged ${records.length} complete record(s) from the damaged XML`);
  return records;
}
