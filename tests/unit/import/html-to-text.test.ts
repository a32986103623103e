// HTML bodies become plain text a moderator can read: paragraphs kept, markup and scripts gone.
import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "@/lib/import/parse/html-entities";
import { htmlToText, looksLikeHtml } from "@/lib/import/parse/html-to-text";

describe("htmlToText", () => {
  it("keeps paragraphs, line breaks and list items, and strips tags", () => {
    const html =
      '<p>First <a href="https://x.example">link</a> and <b>bold</b>.</p><p>Second<br>line<br/>three</p><ul><li>one</li><li>two</li></ul>';
    expect(htmlToText(html)).toBe("First link and bold.\n\nSecond\nline\nthree\n\none\ntwo");
  });

  it("drops script, style and comments, including an unterminated script", () => {
    expect(
      htmlToText(
        "<style>p{}</style>Hi<script>alert('x')</script><!-- secret --> there<script>var a=",
      ),
    ).toBe("Hi there");
  });

  it("decodes named and numeric entities into text, never back into markup", () => {
    expect(
      htmlToText("Tom &amp; Jerry &lt;3 &mdash; &#8220;quoted&#x201D; caf&eacute;&nbsp;au lait"),
    ).toBe("Tom & Jerry <3 — “quoted” café au lait");
    expect(htmlToText("&lt;script&gt;x&lt;/script&gt;")).toBe("<script>x</script>");
  });

  it("keeps WordPress-style blank-line paragraphs of unwrapped text", () => {
    expect(htmlToText("Line one\nline two\n\n\n\nNext paragraph")).toBe(
      "Line one\nline two\n\nNext paragraph",
    );
  });

  it("leaves unknown entities and lone ampersands alone, and decodes the whole HTML5 table", () => {
    expect(decodeHtmlEntities("R&D &bogus; a & b")).toBe("R&D &bogus; a & b");
    expect(decodeHtmlEntities("&hellip; &amp;lt; &#x1F600; &NotSquareSubsetEqual; &#0;")).toBe(
      "… &lt; 😀 ⋢ \ufffd",
    );
  });
});

describe("looksLikeHtml", () => {
  it("tells markup from plain text with angle brackets", () => {
    expect(looksLikeHtml("<p>Hello</p>")).toBe(true);
    expect(looksLikeHtml("Fish &amp; chips")).toBe(true);
    expect(looksLikeHtml("x < 3 and y > 2")).toBe(false);
  });
});
