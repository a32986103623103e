// Faster tfjs-wasm kernels for the sentence encoder, same results. The bundled wasm backend runs a
// batched matmul (attention: one per text and head) in a naive loop, ~12× slower per operation than
// its XNNPACK path, which it only takes for one matrix; and its Slice copies the whole input first.

/** The parts of tfjs (bundled in @energetic-ai/core) these kernels use. */
type TTensorInfo = { dataId: object; shape: number[]; dtype: string };
type TKernelArgs = {
  inputs: Record<string, TTensorInfo>;
  backend: unknown;
  attrs: Record<string, unknown>;
};
type TKernelConfig = {
  kernelName: string;
  backendName: string;
  kernelFunc: (args: TKernelArgs) => TTensorInfo | TTensorInfo[];
};
type THeap = Float32Array | Int32Array | Uint8Array;
type TWasmBackend = {
  wasm: {
    cwrap(name: string, ret: null, args: string[]): (...args: unknown[]) => void;
    tfjs: {
      registerTensor(id: number, size: number, offset: number): void;
      disposeData(id: number): void;
    };
  };
  dataIdMap: { get(dataId: object): { memoryOffset: number } };
  dataIdNextNumber: number;
  makeOutput(shape: number[], dtype: string): TTensorInfo;
  disposeData(dataId: object): boolean;
  typedArrayFromHeap(t: TTensorInfo): THeap;
};
type TTensor = { dataSync(): Float32Array; dispose(): void };
export type TTfjs = {
  getBackend(): string;
  backend(): unknown;
  getKernel(name: string, backend: string): TKernelConfig | undefined;
  registerKernel(config: TKernelConfig): void;
  unregisterKernel(name: string, backend: string): void;
  slice_util: {
    parseSliceParams(x: TTensorInfo, begin: unknown, size: unknown): [number[], number[]];
  };
  util: { parseAxisParam(axis: unknown, shape: number[]): number[] };
  backend_util: { prepareSplitSize(x: TTensorInfo, splits: unknown, axis: number): number[] };
  tensor3d(values: Float32Array, shape: [number, number, number]): TTensor;
  matMul(a: TTensor, b: TTensor, transposeA?: boolean, transposeB?: boolean): TTensor;
  slice(x: TTensor, begin: number[], size: number[]): TTensor;
  split(x: TTensor, sizes: number[], axis: number): TTensor[];
};

const product = (dims: number[]) => dims.reduce((a, b) => a * b, 1);

/** A batch of matmuls as one XNNPACK matmul per matrix, on views into the inputs (no copies). */
function batchMatMulKernel(tf: TTfjs, fallback: TKernelConfig): TKernelConfig {
  const transpose = tf.getKernel("Transpose", "wasm")!;
  let matmul: ((...args: unknown[]) => void) | null = null;
  const shapeBytes = (s: number[]) => new Uint8Array(new Int32Array(s).buffer);
  return {
    kernelName: "BatchMatMul",
    backendName: "wasm",
    kernelFunc(args) {
      const { a, b } = args.inputs;
      const rank = a.shape.length;
      const batch = product(a.shape.slice(0, -2));
      const [m, k] = [a.shape[rank - 2], a.shape[rank - 1]];
      const bInner = b.shape[rank - (args.attrs.transposeB ? 1 : 2)];
      if (
        args.attrs.transposeA ||
        batch <= 1 ||
        b.shape.length !== rank ||
        b.shape.slice(0, -2).join() !== a.shape.slice(0, -2).join() ||
        bInner !== k ||
        product([...a.shape, ...b.shape]) === 0 ||
        a.dtype !== "float32" ||
        b.dtype !== "float32"
      )
        return fallback.kernelFunc(args); // broadcasting, empty or mismatched shapes: as bundled
      const backend = args.backend as TWasmBackend;
      const { wasm } = backend;
      matmul ??= wasm.cwrap("BatchMatMul", null, [
        ...["number", "array", "number"],
        ...["number", "array", "number"],
        ...["number", "number", "number"],
      ]);
      let bt = b; // XNNPACK's path wants b untransposed: one Transpose kernel for the whole batch.
      if (args.attrs.transposeB) {
        const perm = [...Array(rank).keys()];
        [perm[rank - 2], perm[rank - 1]] = [rank - 1, rank - 2];
        bt = transpose.kernelFunc({ inputs: { x: b }, backend, attrs: { perm } }) as TTensorInfo;
      }
      const n = bt.shape[rank - 1];
      const out = backend.makeOutput([...a.shape.slice(0, -2), m, n], "float32");
      // Offsets, not heap views: allocating the output may grow (and detach) the wasm memory.
      const [aAt, bAt, outAt] = [a, bt, out].map(
        (t) => backend.dataIdMap.get(t.dataId).memoryOffset,
      );
      const [aShape, bShape] = [shapeBytes([1, m, k]), shapeBytes([1, k, n])];
      for (let i = 0; i < batch; i++) {
        const ids = [0, 1, 2].map(() => backend.dataIdNextNumber++);
        wasm.tfjs.registerTensor(ids[0], m * k, aAt + i * m * k * 4);
        wasm.tfjs.registerTensor(ids[1], k * n, bAt + i * k * n * 4);
        wasm.tfjs.registerTensor(ids[2], m * n, outAt + i * m * n * 4);
        matmul(ids[0], aShape, 3, ids[1], bShape, 3, 0, 0, ids[2]);
        // Disposing b's view also frees the XNNPACK operator cached on it.
        for (const id of ids) wasm.tfjs.disposeData(id);
      }
      if (bt !== b) backend.disposeData(bt.dataId);
      return out;
    },
  };
}

/** Slice reading the input in place (the bundled kernel copies all of it on every call). */
function sliceKernel(tf: TTfjs, fallback: TKernelConfig): TKernelConfig {
  return {
    kernelName: "Slice",
    backendName: "wasm",
    kernelFunc(args) {
      const { x } = args.inputs;
      if (x.dtype === "string" || x.shape.length === 0) return fallback.kernelFunc(args);
      const backend = args.backend as TWasmBackend;
      const [begin, size] = tf.slice_util.parseSliceParams(x, args.attrs.begin, args.attrs.size);
      const out = backend.makeOutput(size, x.dtype);
      const from = backend.typedArrayFromHeap(x);
      const to = backend.typedArrayFromHeap(out);
      const rank = x.shape.length;
      if (!to.length) return out;
      const strides = x.shape.map((_, d) => product(x.shape.slice(d + 1)));
      const run = size[rank - 1];
      const at = new Array<number>(rank).fill(0); // position in the output, outer dims
      for (let o = 0; o < to.length; o += run) {
        let offset = begin[rank - 1];
        for (let d = 0; d < rank - 1; d++) offset += (begin[d] + at[d]) * strides[d];
        to.set(from.subarray(offset, offset + run), o);
        for (let d = rank - 2; d >= 0 && ++at[d] === size[d]; d--) at[d] = 0;
      }
      return out;
    },
  };
}

/** SplitV as slices read in place (the bundled one calls its copying Slice directly). */
function splitVKernel(tf: TTfjs, slice: TKernelConfig): TKernelConfig {
  return {
    kernelName: "SplitV",
    backendName: "wasm",
    kernelFunc(args) {
      const { x } = args.inputs;
      const axis = tf.util.parseAxisParam(args.attrs.axis, x.shape)[0];
      const sizes = tf.backend_util.prepareSplitSize(x, args.attrs.numOrSizeSplits, axis);
      const begin = x.shape.map(() => 0);
      return sizes.map((part) => {
        const size = x.shape.slice();
        size[axis] = part;
        const out = slice.kernelFunc({ ...args, attrs: { begin: begin.slice(), size } });
        begin[axis] += part;
        return out as TTensorInfo;
      });
    },
  };
}

/** 2 × 3 matrices of 3 × 4 by 4 × 2 (b transposed) and a slice, checked against plain arithmetic. */
function kernelsAgree(tf: TTfjs): boolean {
  const a = Float32Array.from({ length: 24 }, (_, i) => ((i * 7) % 11) - 5);
  const b = Float32Array.from({ length: 16 }, (_, i) => ((i * 5) % 13) - 6);
  const ta = tf.tensor3d(a, [2, 3, 4]);
  const tb = tf.tensor3d(b, [2, 2, 4]);
  const product3 = tf.matMul(ta, tb, false, true);
  const got = product3.dataSync();
  const part = tf.slice(ta, [1, 1, 1], [1, 2, 2]);
  const sliced = Array.from(part.dataSync());
  const halves = tf.split(ta, [1, 3], 2);
  const right = Array.from(halves[1].dataSync());
  [ta, tb, product3, part, ...halves].forEach((t) => t.dispose());
  if (sliced.join() !== [a[17], a[18], a[21], a[22]].join()) return false;
  if (right.join() !== a.filter((_, i) => i % 4 > 0).join()) return false;
  for (let m = 0; m < 2; m++)
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 2; j++) {
        let want = 0;
        for (let k = 0; k < 4; k++) want += a[m * 12 + i * 4 + k] * b[m * 8 + j * 4 + k];
        if (Math.abs(got[m * 6 + i * 2 + j] - want) > 1e-4) return false;
      }
  return true;
}

type TKernelSets = { bundled: TKernelConfig[]; faster: TKernelConfig[] };
/** Per process (tfjs's kernel registry is global too): the bundled kernels and ours, once checked. */
const registry = globalThis as { __vigilWasmKernels?: TKernelSets | null };

function register(tf: TTfjs, kernels: TKernelConfig[]) {
  for (const k of kernels) {
    tf.unregisterKernel(k.kernelName, "wasm");
    tf.registerKernel(k);
  }
}

/**
 * Puts the faster kernels on tfjs's wasm backend (`on` false puts the bundled ones back: the
 * benchmark's baseline). Returns whether the faster ones are in use: anything unexpected (another
 * backend, a changed bundle, a failed self-check) leaves the bundled kernels in place.
 */
export function setFasterWasmKernels(tf: TTfjs, on = true): boolean {
  if (registry.__vigilWasmKernels === undefined) registry.__vigilWasmKernels = checkedKernels(tf);
  const sets = registry.__vigilWasmKernels;
  if (!sets) return false;
  register(tf, on ? sets.faster : sets.bundled);
  return on;
}

function checkedKernels(tf: TTfjs): TKernelSets | null {
  const backend = tf.backend() as Partial<TWasmBackend>;
  const matmul = tf.getKernel("BatchMatMul", "wasm");
  const slice = tf.getKernel("Slice", "wasm");
  const splitV = tf.getKernel("SplitV", "wasm");
  const usable =
    tf.getBackend() === "wasm" &&
    typeof backend.wasm?.cwrap === "function" &&
    typeof backend.wasm.tfjs?.registerTensor === "function" &&
    typeof backend.typedArrayFromHeap === "function" &&
    !!matmul &&
    !!slice &&
    !!splitV &&
    !!tf.getKernel("Transpose", "wasm");
  if (!usable) return null;
  const fasterSlice = sliceKernel(tf, slice);
  const sets = {
    bundled: [matmul, slice, splitV],
    faster: [batchMatMulKernel(tf, matmul), fasterSlice, splitVKernel(tf, fasterSlice)],
  };
  register(tf, sets.faster);
  let ok = false;
  try {
    ok = kernelsAgree(tf);
  } catch {
    ok = false;
  }
  register(tf, sets.bundled);
  return ok ? sets : null;
}
