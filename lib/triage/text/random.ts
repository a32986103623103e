// mulberry32: a small deterministic generator, so training runs, benchmarks and tests that draw
// random numbers can be repeated exactly. Not for anything secret.

/** A generator of numbers in [0, 1) from `seed`; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
