/**
 * Figures for the assessment's pure algorithms at and beyond a real round's size (42 ICSs bid at
 * most): the exact pilot selection with every left-out bid explained, the ranking with
 * normalisation, and automatic assignment. Seeded, so runs compare.
 */
import { planAssignments } from "../../lib/assessment/plan-assignments.ts";
import { rankBids } from "../../lib/scoring/rank-bids.ts";
import { selectPilots } from "../../lib/selection/select-pilots.ts";

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function time(runs: number, work: () => void) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return {
    runs,
    "p50 ms": samples[Math.floor(runs / 2)]!.toFixed(1),
    "max ms": samples.at(-1)!.toFixed(1),
  };
}

export function benchAssessment() {
  const random = mulberry32(2026);
  const bids = 45;
  const assessors = 15;
  const criteria = ["innovation", "ambition", "scale"].map((criterionId, i) => ({
    criterionId,
    weight: [35, 35, 30][i]!,
  }));
  const candidates = Array.from({ length: bids }, (_, i) => ({
    bidId: `bid-${i}`,
    score: 1 + random() * 4,
    costPence: Math.round(3_000_000 + random() * 6_000_000),
    regionId: `region-${i % 7}`,
  }));
  const rankingInput = candidates.map((c, i) => ({
    bidId: c.bidId,
    reviews: [0, 1, 2].map((k) => ({
      assessorId: `assessor-${(i * 3 + k) % assessors}`,
      scores: Object.fromEntries(
        criteria.map((c) => [c.criterionId, 1 + Math.floor(random() * 5)]),
      ),
      submittedAt: "2026-11-20T12:00:00Z",
      dueAt: "2026-11-21T17:00:00Z",
    })),
  }));
  return [
    {
      algorithm: `selectPilots: ${bids} bids, 7 places, £350k, with every left-out bid explained`,
      ...time(20, () => selectPilots({ candidates, places: 7, budgetPence: 35_000_000 })),
    },
    {
      algorithm: `selectPilots: the same, at most 2 per region`,
      ...time(20, () =>
        selectPilots({ candidates, places: 7, budgetPence: 35_000_000, regionCap: 2 }),
      ),
    },
    {
      algorithm: `rankBids: ${bids} bids × 3 reviews, normalised over ${assessors} assessors`,
      ...time(200, () => rankBids({ bids: rankingInput, weights: criteria, threshold: 1.5 })),
    },
    {
      algorithm: `planAssignments: ${bids} bids × 3 from ${assessors} assessors, 10% conflicted`,
      ...time(20, () =>
        planAssignments({
          perBid: 3,
          bids: candidates.map((c) => ({ bidId: c.bidId, assessorIds: [] })),
          assessors: Array.from({ length: assessors }, (_, i) => ({
            assessorId: `assessor-${i}`,
            load: 0,
          })),
          blocked: candidates.flatMap((c, i) =>
            i % 10 === 0
              ? [{ bidId: c.bidId, assessorId: `assessor-${i % assessors}`, reason: "conflict" }]
              : [],
          ),
        }),
      ),
    },
  ];
}
