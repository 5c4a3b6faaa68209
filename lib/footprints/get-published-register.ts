import "server-only";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { publishedRegisterWhere, REGISTER_SELECT } from "./get-footprint";

/** The published register of one footprint, for its CSV export. */
export async function getPublishedRegister({ footprintId }: { footprintId: string }) {
  const footprint = await prisma.footprint.findUnique({
    where: { id: footprintId },
    select: { id: true, name: true },
  });
  if (!footprint) throw new DomainError({ code: "NOT_FOUND", message: "Footprint not found" });
  const entries = await prisma.declaration.findMany({
    where: publishedRegisterWhere(footprintId, new Date()),
    orderBy: [{ person: { familyName: "asc" } }, { startsOn: "desc" }],
    select: REGISTER_SELECT,
  });
  return { footprint, entries };
}
