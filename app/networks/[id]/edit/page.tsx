import type { Metadata } from "next";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getNetworkForEdit } from "@/lib/networks/get-network-for-edit";
import { NetworkForm } from "../../network-form";

export const metadata: Metadata = { title: "Edit network" };

export default async function EditNetworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: `/networks/${id}/edit` });
  const network = await orNotFound(getNetworkForEdit({ actor, id }));
  return (
    <PageWidth>
      <Caption>{network.footprint.name}</Caption>
      <h1>Edit {network.name}</h1>
      <NetworkForm footprints={[]} network={network} />
    </PageWidth>
  );
}
