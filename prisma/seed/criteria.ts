/** The pilot rounds' criteria (innovation, ambition, scale) and their 1–5 scale, shared by both rounds. */
import { slugify } from "./shared/text";
import type { Db } from "./shared/ids";

export const CRITERIA = [
  {
    name: "Innovation",
    weight: 35,
    guidance:
      "How innovative the proposal is: new ways of building and running a non-executive network, such " +
      "as the use of technology for network building, that others could learn from.",
  },
  {
    name: "Ambition",
    weight: 35,
    guidance:
      "The ambition of the proposal's scope: how far it reaches beyond NHS boards, for example engagement " +
      "with local authorities, the voluntary sector and the public.",
  },
  {
    name: "Scale",
    weight: 30,
    guidance:
      "The scale of the local challenge: the size and complexity of the footprint, the number of " +
      "organisations and non-executives involved, and how far they are engaged in system decisions today.",
  },
];

export const SCALE_POINTS = [
  {
    value: 1,
    label: "Poor",
    descriptor: "The bid does not address the criterion or gives no evidence for its claims.",
  },
  {
    value: 2,
    label: "Weak",
    descriptor:
      "The bid addresses the criterion only in part, with little evidence or a vague plan.",
  },
  {
    value: 3,
    label: "Satisfactory",
    descriptor:
      "The bid addresses the criterion with a credible plan and some supporting evidence.",
  },
  {
    value: 4,
    label: "Good",
    descriptor: "The bid addresses the criterion well, with a clear plan and convincing evidence.",
  },
  {
    value: 5,
    label: "Excellent",
    descriptor:
      "The bid addresses the criterion outstandingly and offers learning for other footprints.",
  },
];

/** The pilot rounds' criteria (innovation, ambition, scale) and 1–5 scale, with fixed ids. */
export async function writeCriteriaAndScale(
  db: Db,
  { roundId, slug }: { roundId: string; slug: string },
): Promise<void> {
  await db.criterion.createMany({
    data: CRITERIA.map((criterion, position) => ({
      id: `seed-criterion-${slug}-${slugify(criterion.name)}`,
      roundId,
      ...criterion,
      position,
    })),
    skipDuplicates: true,
  });
  await db.scalePoint.createMany({
    data: SCALE_POINTS.map((point) => ({
      id: `seed-scale-point-${slug}-${point.value}`,
      roundId,
      ...point,
    })),
    skipDuplicates: true,
  });
}
