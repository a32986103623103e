// The jobs domain's operations, for the server actions and the role × operation matrix test.
import type { TOperation } from "@/lib/auth/operation";
import { cancelJobOperation } from "./cancel-job";
import { retryJobOperation } from "./retry-job";

export const OPERATIONS = [retryJobOperation, cancelJobOperation] as unknown as TOperation<
  unknown,
  unknown
>[];
