// Caps how deeply an HTML document nests before htmlparser2 sees it. htmlparser2 keeps its open
// elements in an array it shifts and unshifts, so every tag costs time proportional to the depth:
// 40,000 nested <div>s took seconds. Browsers cap the tree depth too (Chromium's parser at 512);
// tags past the cap are dropped here in one linear pass, their text is kept.

export const MAX_HTML_DEPTH = 512;

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "keygen",
  "command",
  "basefont",
  "frame",
  "isindex",
]);
const RAW_TEXT = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "plaintext",
]);
const NAME_CHAR = /[A-Za-z0-9:_-]/;

/** `html` with every start and end tag beyond `max` levels of nesting removed (unchanged when shallower). */
export function limitHtmlDepth(html: string, max = MAX_HTML_DEPTH): string {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  const cut: [number, number][] = [];
  let overflow = 0;
  let nextGt = -1;
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end === -1) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    const closing = html[i + 1] === "/";
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < html.length && NAME_CHAR.test(html[j])) j++;
    if (j === nameStart || !/[A-Za-z]/.test(html[nameStart])) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    if (nextGt < j) nextGt = html.indexOf(">", j);
    if (nextGt === -1) break;
    const name = lower.slice(nameStart, j);
    const end = nextGt + 1;
    if (closing) {
      if (overflow > 0 && stack.length >= max) {
        overflow--;
        cut.push([i, end]);
      } else {
        // Close the nearest open element of that name, looking only a few levels down (linear).
        for (let k = stack.length - 1; k >= Math.max(0, stack.length - 16); k--) {
          if (stack[k] === name) {
            stack.length = k;
            break;
          }
        }
      }
    } else if (!VOID.has(name) && html[nextGt - 1] !== "/") {
      if (stack.length >= max) {
        overflow++;
        cut.push([i, end]);
      } else {
        stack.push(name);
        if (RAW_TEXT.has(name)) {
          const close = lower.indexOf(`</${name}`, end);
          if (close === -1) break;
          i = close;
          continue;
        }
      }
    }
    i = html.indexOf("<", end);
  }
  if (cut.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of cut) {
    parts.push(html.slice(at, from));
    at = to;
  }
  parts.push(html.slice(at));
  return parts.join("");
}
