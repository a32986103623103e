// The encoder's sentencepiece tokenizer, ids identical to the package's Tokenizer.encode (same
// lattice, same tie-breaking, same backtracking by the piece's UTF-16 length), without its copy of
// the remaining characters at every position (quadratic in length) and its per-match objects.

type TNode = { children: Map<string, TNode>; piece: number; score: number; depth: number };
export type TVocabulary = ReadonlyArray<readonly [string, number]>;

const SEPARATOR = "\u2581";
/** The package reserves the first ids (unknown, control symbols): they are never matched. */
const RESERVED = 6;

export function createTokenizer(vocabulary: TVocabulary): (text: string) => number[] {
  const root: TNode = { children: new Map(), piece: -1, score: 0, depth: 0 };
  for (let id = RESERVED; id < vocabulary.length; id++) {
    const [piece, score] = vocabulary[id];
    let node = root;
    for (const symbol of piece) {
      let next = node.children.get(symbol);
      if (!next) {
        next = { children: new Map(), piece: -1, score: 0, depth: node.depth + 1 };
        node.children.set(symbol, next);
      }
      node = next;
    }
    if (node !== root) {
      node.piece = id;
      node.score = score;
    }
  }

  return (text: string) => {
    const normalized = text.normalize("NFKC");
    const input = normalized ? SEPARATOR + normalized.replace(/ /g, SEPARATOR) : normalized;
    const symbols = Array.from(input);
    const n = symbols.length;
    // Pieces ending at each position, in order of their start (as the package visits them).
    const ending: Array<Array<{ start: number; piece: number; score: number }>> = Array.from(
      { length: n + 1 },
      () => [],
    );
    for (let i = 0; i < n; i++) {
      let node = root.children.get(symbols[i]);
      let matched = false;
      for (let j = i; j < n && node; j++) {
        if (node.piece >= 0) {
          ending[i + node.depth].push({ start: i, piece: node.piece, score: node.score });
          matched = true;
        }
        node = j + 1 < n ? node.children.get(symbols[j + 1]) : undefined;
      }
      if (!matched) ending[i + 1].push({ start: i, piece: 0, score: 0 });
    }
    const best = new Array<number>(n + 1).fill(0);
    const words = new Array<number>(n + 1).fill(0);
    for (let end = 0; end <= n; end++) {
      for (const { start, piece, score } of ending[end]) {
        const total = score + best[start];
        if (best[end] === 0 || total >= best[end]) {
          best[end] = total;
          words[end] = piece;
        }
      }
    }
    const ids: number[] = [];
    for (let at = n; at > 0; at -= vocabulary[words[at]][0].length) ids.push(words[at]);
    const merged: number[] = [];
    let previousUnknown = false;
    for (const id of ids) {
      if (!(previousUnknown && id === 0)) merged.push(id);
      previousUnknown = id === 0;
    }
    return merged.reverse();
  };
}
