import type { NetworkStatus } from "../generated/prisma/enums";

/** A footprint's place on the map: its most advanced live network, or none. */
export type FootprintNetworkStatus = "NONE" | "PROPOSED" | "ESTABLISHED" | "PILOT";

const RANK: Record<FootprintNetworkStatus, number> = {
  NONE: 0,
  PROPOSED: 1,
  ESTABLISHED: 2,
  PILOT: 3,
};

/** The most advanced status among a footprint's networks. Closed networks count as none. */
export function footprintNetworkStatus(statuses: readonly NetworkStatus[]): FootprintNetworkStatus {
  let best: FootprintNetworkStatus = "NONE";
  for (const status of statuses) {
    if (status === "CLOSED") continue;
    if (RANK[status] > RANK[best]) best = status;
  }
  return best;
}

export const FOOTPRINT_STATUS_LEGEND: Record<
  FootprintNetworkStatus,
  { label: string; className: string }
> = {
  NONE: { label: "No network", className: "bg-white text-nhs-text border-nhs-grey-1" },
  PROPOSED: {
    label: "Network proposed",
    className: "bg-[#fff59d] text-[#3d3800] border-[#3d3800]",
  },
  ESTABLISHED: {
    label: "Network established",
    className: "bg-nhs-blue text-white border-nhs-blue",
  },
  PILOT: { label: "Pilot site", className: "bg-nhs-green text-white border-nhs-dark-green" },
};
