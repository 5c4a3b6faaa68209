/** A refusal the user can be told about. Use-cases throw it; actions translate it for the form. */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT_OF_INTEREST"
  | "INVALID_STATE"
  | "STALE_WRITE"
  | "DEADLINE_PASSED"
  | "ALREADY_EXISTS"
  | "RATE_LIMITED";

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Safe to show to the user. */
  readonly userMessage: string;
  readonly field?: string;

  constructor({
    code,
    message,
    field,
  }: {
    code: DomainErrorCode;
    message: string;
    field?: string;
  }) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.userMessage = message;
    this.field = field;
  }
}
