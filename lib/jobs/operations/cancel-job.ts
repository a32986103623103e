// Cancels a queued or running job: a running one stops at its next batch; what it wrote stays.
import { cancelJob } from "../enqueue";
import { defineJobOperation } from "./job-operation";

export const cancelJobOperation = defineJobOperation("cancel", cancelJob);
