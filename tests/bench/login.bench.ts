// Benchmark of sign-in timing: does the answer's time tell whether an email exists? Signs in with
// a wrong password for a real account, an unknown email and a deactivated account, interleaved, on
// a fresh PostgreSQL database (each attempt from its own address, so the limiter never refuses).
// Run: npm run bench:login   (BENCH_ROUNDS, default 30)
import { openDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";
import { setDb } from "@/lib/db";
import { createUserWithPassword } from "@/lib/auth/passwords";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createDatabase, dropDatabase } from "../helpers/databases";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const NAME = `vigil_bench_login_${process.pid}`;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main() {
  process.env.VIGIL_LOGIN_MAX_ATTEMPTS = "1000"; // measure the check itself, not the limiter's refusals
  const url = await createDatabase(SERVER, NAME);
  const db = await openDb({ kind: "postgres", url, display: NAME });
  try {
    await applyMigrations(db.sql);
    setDb(db);
    await createUserWithPassword(db.prisma, {
      email: "real@bench.local",
      name: "Real",
      role: "MODERATOR",
      password: "the-password-123",
    });
    await createUserWithPassword(db.prisma, {
      email: "gone@bench.local",
      name: "Gone",
      role: "MODERATOR",
      password: "the-password-123",
    });
    await db.prisma.user.update({ where: { email: "gone@bench.local" }, data: { active: false } });
    const cases = {
      "known email, wrong password": "real@bench.local",
      "unknown email": "nobody@bench.local",
      "deactivated account": "gone@bench.local",
    };
    const times: Record<string, number[]> = Object.fromEntries(
      Object.keys(cases).map((k) => [k, []]),
    );
    let n = 0;
    for (let round = -3; round < ROUNDS; round++) {
      for (const [label, email] of Object.entries(cases)) {
        const start = performance.now();
        const result = await attemptSignIn(db, {
          email,
          password: `wrong-${round}`,
          ip: `10.9.${(n >> 8) & 255}.${n++ & 255}`,
          headers: new Headers(),
        });
        const ms = performance.now() - start;
        if (result.ok || !result.checked)
          throw new Error(`unexpected result for ${label}: ${JSON.stringify(result)}`);
        if (round >= 0) times[label]!.push(ms); // the first rounds warm up JIT and connections
      }
    }
    console.log(`sign-in timing, ${ROUNDS} attempts each (ms):`);
    const medians: number[] = [];
    for (const [label, xs] of Object.entries(times)) {
      medians.push(quantile(xs, 0.5));
      console.log(
        `  ${label.padEnd(28)} median ${quantile(xs, 0.5).toFixed(1).padStart(6)}   p10 ${quantile(xs, 0.1).toFixed(1).padStart(6)}   p90 ${quantile(xs, 0.9).toFixed(1).padStart(6)}`,
      );
    }
    console.log(
      `  largest difference of medians: ${(Math.max(...medians) - Math.min(...medians)).toFixed(1)} ms (${((Math.max(...medians) / Math.min(...medians) - 1) * 100).toFixed(0)} %)`,
    );
  } finally {
    await db.close();
    await dropDatabase(SERVER, NAME);
  }
}

await main();
