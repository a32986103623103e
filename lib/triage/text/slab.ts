// Fresh, zero-filled typed arrays for one comment's columns, carved from shared slabs.
//
// Scoring a comment needs about ten small typed arrays (offset maps, token columns, word classes).
// Each `new Int32Array(n)` of more than a few words gets its own off-heap backing store, which
// costs several hundred nanoseconds to make and more to collect: at 20,000 comments a second that
// is a tenth of the time. A view into a slab costs a fraction of that. A slab's bytes are handed
// out once and never reused, so every array is zero-filled and owned by whoever holds it, like a
// new one; a slab is collected when the last view into it is. Large arrays get their own buffer.

const SLAB_BYTES = 256 * 1024;
const LARGEST = SLAB_BYTES / 16;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/** Byte offset of `bytes` fresh bytes in the current slab (starting a new slab when it is full). */
function reserve(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (used + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

export function freshInt32(n: number): Int32Array<ArrayBuffer> {
  if (n * 4 > LARGEST) return new Int32Array(n);
  const at = reserve(n * 4);
  return new Int32Array(slab, at, n);
}

export function freshUint32(n: number): Uint32Array<ArrayBuffer> {
  if (n * 4 > LARGEST) return new Uint32Array(n);
  const at = reserve(n * 4);
  return new Uint32Array(slab, at, n);
}

export function freshUint8(n: number): Uint8Array<ArrayBuffer> {
  if (n > LARGEST) return new Uint8Array(n);
  const at = reserve(n);
  return new Uint8Array(slab, at, n);
}
