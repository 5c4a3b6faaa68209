/** The skills and sector backgrounds people are tagged with, and workstreams ask for. */

export const SKILLS = [
  "Finance",
  "Audit and risk",
  "Clinical governance",
  "Patient and public involvement",
  "Digital",
  "Workforce",
  "Estates",
  "Population health",
  "Legal",
  "Communications",
  "Quality improvement",
  "Safeguarding",
  "Data and information governance",
  "Equality, diversity and inclusion",
] as const;

export const SECTORS = [
  "NHS",
  "Local government",
  "Voluntary and community",
  "Private",
  "Academic",
  "Social care",
] as const;

export type SkillName = (typeof SKILLS)[number];
export type SectorName = (typeof SECTORS)[number];
