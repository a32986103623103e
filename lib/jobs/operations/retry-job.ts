// Queues a failed or cancelled job again from where it stopped (admin Jobs page, `vigil jobs retry`).
import { retryJob } from "../enqueue";
import { defineJobOperation } from "./job-operation";

export const retryJobOperation = defineJobOperation("retry", retryJob);
