import { notFound } from "next/navigation";
import { DomainError } from "./domain-error";

/** Awaits a use-case for a page, answering 404 when it says NOT_FOUND (or FORBIDDEN: same answer). */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      notFound();
    throw error;
  }
}
