import { DEFAULT_FTRL } from "@/lib/triage/model/training/ftrl";
import { SOURCE_WEIGHTS } from "@/lib/triage/model/training/examples";
import { trainModel } from "@/lib/triage/model/training/train-model";
const cfg = JSON.parse(process.argv[2] ?? "{}");
Object.assign(DEFAULT_FTRL, cfg.ftrl ?? {});
Object.assign(SOURCE_WEIGHTS, cfg.w ?? {});
const lines: string[] = [];
await trainModel({ dataDir: "/work/shared/data", epochs: cfg.epochs ?? 4, log: (l) => { if (/held-out|threshold/.test(l)) lines.push(l); } });
console.log(JSON.stringify(cfg)); console.log(lines.join("\n"));
