// Format detection trusts content over file names, which exports often get wrong.
import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/import/parse/detect-format";

describe("detectFormat", () => {
  it.each([
    ['{"title":"a","comments":[]}', undefined, "json"],
    ['[{"title":"a"}]', "data.txt", "json"],
    ['{"articleUrl":"u","body":"a"}\n{"articleUrl":"u","body":"b"}\n', "data.json", "jsonl"],
    ['{"articleUrl":"u","body":"a"}', "data.ndjson", "jsonl"],
    [
      '<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel></channel></rss>',
      "export.txt",
      "wxr",
    ],
    ['<?xml version="1.0"?>\n<disqus xmlns="http://disqus.com"></disqus>', undefined, "disqus"],
    ["article_url,author,body\nu,a,b\n", undefined, "csv"],
    ["User;Comment\nann;hi\n", "x.txt", "csv"],
    ["Some Title\n\nSome paragraph, with commas, like prose does.\n", "page.csv", "csv"],
    ["Some Title\n\nSome paragraph, with commas, like prose does.\n", "page.txt", "text"],
    ["<!doctype html><html><body><p>x</p></body></html>", "page.html", "html"],
    [
      '<!DOCTYPE html>\n<html lang="de"><head><title>x</title></head><body></body></html>',
      "saved.txt",
      "html",
    ],
    ['<div class="comment"><p>Saved fragment</p></div>', "fragment.htm", "html"],
  ])("%j (%s) → %s", (content, filename, expected) => {
    expect(detectFormat(content, filename)).toBe(expected);
    expect(detectFormat(new TextEncoder().encode(content), filename)).toBe(expected);
  });

  it("falls back to text for bytes it cannot decode", () => {
    expect(detectFormat(new Uint8Array([0, 1, 2, 0, 0, 0]))).toBe("text");
  });
});
