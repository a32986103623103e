// Structured logging (pino). Secrets are redacted by path wherever they might appear.
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: {
    paths: [
      "password",
      "*.password",
      "secret",
      "*.secret",
      "apiKey",
      "*.apiKey",
      "token",
      "*.token",
      "headers.cookie",
      "headers.authorization",
    ],
    censor: "[redacted]",
  },
  base: undefined,
});
