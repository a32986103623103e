// Typed domain errors: their message is safe to show to a user. Anything else is logged, not shown.

export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: string = "domain_error",
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message, "forbidden");
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Please sign in.") {
    super(message, "unauthenticated");
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} was not found.`, "not_found");
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly current?: unknown,
  ) {
    super(message, "conflict");
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, "validation");
  }
}
