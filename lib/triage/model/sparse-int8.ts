// The packed form of a sparse int8 weight table, shared by the n-gram model file and the span
// tagger's: for each non-zero bucket in order, the gap from the previous one as a varint and the
// weight as one byte; the bytes gzipped and base64-encoded.

import { gunzipSync, gzipSync } from "node:zlib";

export type TSparseInt8 = { count: number; data: string };

/** Packs the non-zero entries of `q` (integers in [-128, 127]). */
export function encodeSparseInt8(q: ArrayLike<number>): TSparseInt8 {
  const bytes: number[] = [];
  let previous = -1;
  let count = 0;
  for (let i = 0; i < q.length; i++) {
    if (q[i] === 0) continue;
    let delta = i - previous;
    previous = i;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta, q[i] & 0xff);
    count++;
  }
  return { count, data: gzipSync(Buffer.from(bytes), { level: 9 }).toString("base64") };
}

/** The `buckets`-long table packed in `packed`; throws "<what> is corrupt" on a bad payload. */
export function decodeSparseInt8(packed: TSparseInt8, buckets: number, what: string): Int8Array {
  const weights = new Int8Array(buckets);
  const bytes = gunzipSync(Buffer.from(packed.data, "base64"));
  let index = -1;
  let p = 0;
  for (let n = 0; n < packed.count; n++) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++];
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80 && p < bytes.length);
    index += delta;
    if (index >= buckets || p >= bytes.length) throw new Error(`${what} is corrupt`);
    const q = bytes[p++];
    weights[index] = q > 127 ? q - 256 : q;
  }
  return weights;
}
