// Inputs built to find super-linear spots in the page parsers: long runs of one character class,
// repeated headers, markers and tags, many short lines. Shared by the parse bench and property tests.

/** Named generators: each returns a page of about `size` characters. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  "title ]] run": (n) => `<title>${"]]".repeat(n / 2)}</title>`,
  "short lines": (n) => "a\n".repeat(n / 2),
  "blank lines": (n) => "\n".repeat(n),
  "spaces then letter": (n) => `${" ".repeat(n)}x`,
  "punctuation run": (n) => `${".-:,;|".repeat(n / 6)}end`,
  "says headers": (n) => "Jane says:\n".repeat(n / 11),
  "says run on one line": (n) => `${"Jane says ".repeat(n / 10)}:`,
  "name + text blocks": (n) => "Jane Doe\n\nI agree with you.\n\n".repeat(n / 30),
  "comment markers": (n) => "12 Comments\nLeave a Reply\n".repeat(n / 26),
  "date lines": (n) => "June 5, 2021 at 3:14 pm\n".repeat(n / 24),
  "digits run": (n) => `${"1".repeat(n)}x`,
  "capitals run": (n) => `${"ABCDE ".repeat(n / 6)}never`,
  "letters without spaces": (n) => "a".repeat(n),
  "at signs": (n) => `@${"a".repeat(n)}!`,
  bullets: (n) => "• Jane\n".repeat(n / 7),
  "title-case lines": (n) => "Big News Today\n".repeat(n / 15),
  "long prose line": (n) => "The army said on Monday that the operation continued. ".repeat(n / 55),
  "unclosed script tags": (n) => `<!doctype html><html><body>${"<script>".repeat(n / 8)}`,
  "unclosed comments": (n) => `<!doctype html><html><body>${"<!--".repeat(n / 4)}`,
  "unclosed tag starts": (n) => `<!doctype html><html><body>${"<a ".repeat(n / 3)}`,
  "deep nesting": (n) =>
    `<!doctype html><html><body>${"<div>".repeat(n / 10)}x${"</div>".repeat(n / 10)}`,
  entities: (n) => `<!doctype html><html><body><p>${"&amp;".repeat(n / 5)}</p>`,
  "many comments html": (n) =>
    `<!doctype html><html><body><article><h1>T</h1><p>Body text of the article here.</p></article><ol>${'<li class="comment"><cite>Jane</cite> <time datetime="2021-06-05T10:00:00Z">June 5</time><p>I agree.</p></li>'.repeat(n / 110)}</ol>`,
};
