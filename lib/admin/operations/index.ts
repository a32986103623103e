// Every admin operation, for the server actions and the role × operation matrix test.
import type { TOperation } from "@/lib/auth/operation";
import { createUser } from "./create-user";
import { setUserRole } from "./set-user-role";
import { setUserActive } from "./set-user-active";
import { updateThresholds } from "./update-thresholds";
import { setExternalScorers } from "./set-external-scorers";
import { saveTerm } from "./save-term";
import { deleteTerm } from "./delete-term";
import { saveRule } from "./save-rule";
import { setRuleEnabled } from "./set-rule-enabled";
import { deleteRule } from "./delete-rule";
import { backtestRule } from "./backtest-rule";
import { saveFactCheck } from "./save-fact-check";
import { deleteFactCheck } from "./delete-fact-check";
import { importFactChecks } from "./import-fact-checks";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";

export const OPERATIONS = [
  createUser,
  setUserRole,
  setUserActive,
  updateThresholds,
  setExternalScorers,
  saveTerm,
  deleteTerm,
  saveRule,
  setRuleEnabled,
  deleteRule,
  backtestRule,
  saveFactCheck,
  deleteFactCheck,
  importFactChecks,
  createApiKey,
  revokeApiKey,
] as unknown as TOperation<unknown, unknown>[];
