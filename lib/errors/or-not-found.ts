import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "../errors/domain-error";

/** Runs a read use-case for a page: "not found" refusals become the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
