import "server-only";
import { prisma } from "../db/prisma";

/** The skills vocabulary, for choosing what a workstream needs. */
export function listSkills() {
  return prisma.skill.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
