import { expect } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";

/** The DomainError a use-case refuses with; fails the test when it succeeds or throws anything else. */
export async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
