// The one chain every mutation goes through: zod → session → permission → act (→ audit inside).
// Server actions and route handlers are thin adapters over executeOperation.
import type { z } from "zod";
import { randomUUID } from "node:crypto";
import { can, type TPermission } from "./permissions";
import type { TSessionUser } from "./session-types";
import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/log";

export type TOperationContext = { user: TSessionUser };

export type TOperation<TIn, TOut> = {
  /** "<target>.<verb>": the audit log's target noun, as in its action names (comment.approve, rule.save). */
  name: string;
  permission: TPermission;
  input: z.ZodType<TIn>;
  run: (ctx: TOperationContext, input: TIn) => Promise<TOut>;
  /** A valid input: documents the shape, and lets the role × operation matrix test try every operation. */
  example: TIn;
  /** Paths whose server-rendered data this operation changes. */
  revalidate?: string[];
};

export type TResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      error: string;
      fieldErrors?: Record<string, string[]>;
      current?: unknown;
    };

export function defineOperation<TIn, TOut>(op: TOperation<TIn, TOut>): TOperation<TIn, TOut> {
  return op;
}

export async function executeOperation<TIn, TOut>(
  op: TOperation<TIn, TOut>,
  user: TSessionUser | null,
  rawInput: unknown,
): Promise<TResult<TOut>> {
  const parsed = op.input.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "_";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, code: "validation", error: "Some fields are not valid.", fieldErrors };
  }
  if (!user) return { ok: false, code: "unauthenticated", error: "Please sign in." };
  if (!can(user.role, op.permission)) {
    logger.warn({ op: op.name, user: user.id, role: user.role }, "permission denied");
    return { ok: false, code: "forbidden", error: "You do not have permission to do that." };
  }
  try {
    return { ok: true, data: await op.run({ user }, parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        ok: false,
        code: error.code,
        error: error.message,
        current: (error as { current?: unknown }).current,
      };
    }
    const ref = randomUUID().slice(0, 8);
    logger.error({ err: error, op: op.name, user: user.id, ref }, "operation failed");
    return { ok: false, code: "internal", error: `Something went wrong (reference ${ref}).` };
  }
}
