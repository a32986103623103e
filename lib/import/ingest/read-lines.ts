// Reads a text file line by line with strict backpressure: one chunk in memory at a time, however
// slow the consumer (readline's iterator can buffer ahead of a slow database writer).
import { createReadStream } from "node:fs";

export async function* readLines(
  file: string,
  chunkBytes = 1 << 20,
): AsyncGenerator<{ line: string; bytes: number }> {
  let carry = "";
  for await (const chunk of createReadStream(file, {
    encoding: "utf8",
    highWaterMark: chunkBytes,
  })) {
    const text = carry + (chunk as string);
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      const line = text.slice(start, end);
      yield {
        line: line.endsWith("\r") ? line.slice(0, -1) : line,
        bytes: Buffer.byteLength(line) + 1,
      };
      start = end + 1;
    }
    carry = text.slice(start);
  }
  if (carry) yield { line: carry, bytes: Buffer.byteLength(carry) };
}
