import type { Metadata } from "next";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireRole } from "@/lib/auth/session";
import { listAdministeredFootprints } from "@/lib/networks/list-administered-footprints";
import { NetworkForm } from "../network-form";

export const metadata: Metadata = { title: "Create a network" };

export default async function NewNetworkPage() {
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: "/networks/new" });
  const footprints = await listAdministeredFootprints({ actor });
  return (
    <PageWidth>
      <Caption>Board admin</Caption>
      <h1>Create a network</h1>
      <NetworkForm
        footprints={footprints}
        network={{
          footprintId: footprints[0]?.id ?? "",
          name: "",
          purpose: "",
          function: "",
          model: "",
          howToJoin: "",
          status: "PROPOSED",
        }}
      />
    </PageWidth>
  );
}
