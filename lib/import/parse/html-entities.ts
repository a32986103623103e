// Decodes HTML character references in text fields (WXR and Disqus exports) with the `entities`
// package that htmlparser2 itself uses: the full HTML5 table, strict about the closing semicolon.
import { decodeHTMLStrict } from "entities/decode";

/** Replaces `&name;`, `&#123;` and `&#x1F600;` per the HTML spec; unknown names are left as written. */
export function decodeHtmlEntities(text: string): string {
  return text.includes("&") ? decodeHTMLStrict(text) : text;
}
