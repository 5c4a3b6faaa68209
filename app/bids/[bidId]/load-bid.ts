import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/session";
import { getBid } from "@/lib/bids/get-bid";
import { DomainError } from "@/lib/errors/domain-error";

/** The bid for a page, or the 404 page for one the actor may not see (or that does not exist). */
export async function loadBidOr404({ actor, bidId }: { actor: Actor; bidId: string }) {
  try {
    return await getBid({ actor, bidId });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
