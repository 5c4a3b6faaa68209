import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decideJoinRequest } from "@/lib/networks/decide-join-request";
import { getNetwork } from "@/lib/networks/get-network";
import { leaveNetwork } from "@/lib/networks/leave-network";
import { requestToJoin } from "@/lib/networks/request-to-join";
import { createNetwork as createNetworkUseCase } from "@/lib/networks/create-network";
import { updateNetwork } from "@/lib/networks/update-network";
import { createFootprint, testDb } from "../factories";
import {
  createBoardAdminActor,
  createMemberActor,
  createNetwork,
  createOrganisation,
  createProgrammeAdminActor,
} from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

const auditOf = (entityId: string) =>
  testDb()
    .auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })
    .then((events) => events.map((e) => e.action));

describe("joining a network", () => {
  it("a member asks, the footprint's board admin approves, the member leaves; all audited", async () => {
    const footprint = await createFootprint();
    const network = await createNetwork({ footprintId: footprint.id });
    const { actor: member, person } = await createMemberActor();
    const { actor: board } = await createBoardAdminActor({ footprintId: footprint.id });

    const request = await requestToJoin({ actor: member, networkId: network.id, message: "Hi" });
    await expect(
      requestToJoin({ actor: member, networkId: network.id, message: "" }),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS" });

    const view = await getNetwork({ id: network.id, actor: board });
    expect(view.isAdmin).toBe(true);
    expect(view.pendingRequests?.map((r) => r.id)).toEqual([request.id]);
    expect((await getNetwork({ id: network.id, actor: member })).pendingRequests).toBeNull();

    await decideJoinRequest({ actor: board, requestId: request.id, decision: "APPROVE" });
    await expect(
      decideJoinRequest({ actor: board, requestId: request.id, decision: "DECLINE" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    const memberView = await getNetwork({ id: network.id, actor: member });
    expect(memberView.myMembership).not.toBeNull();
    await expect(
      requestToJoin({ actor: member, networkId: network.id, message: "" }),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS" });

    await leaveNetwork({ actor: member, networkId: network.id });
    const memberships = await testDb().networkMembership.findMany({
      where: { networkId: network.id, personId: person.id },
    });
    expect(memberships).toHaveLength(1);
    expect(memberships[0]!.leftAt).not.toBeNull();
    await expect(leaveNetwork({ actor: member, networkId: network.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await auditOf(request.id)).toEqual(["network.join_requested", "network.join_approved"]);
    expect(await auditOf(memberships[0]!.id)).toEqual(["network.left"]);
  });

  it("a declined request adds no membership", async () => {
    const footprint = await createFootprint();
    const network = await createNetwork({ footprintId: footprint.id });
    const { actor: member } = await createMemberActor();
    const { actor: board } = await createBoardAdminActor({ footprintId: footprint.id });
    const request = await requestToJoin({ actor: member, networkId: network.id, message: "" });
    await decideJoinRequest({ actor: board, requestId: request.id, decision: "DECLINE" });
    expect((await getNetwork({ id: network.id, actor: member })).myMembership).toBeNull();
    expect(await auditOf(request.id)).toEqual(["network.join_requested", "network.join_declined"]);
  });

  it("refuses a closed network", async () => {
    const network = await createNetwork({ status: "CLOSED" });
    const { actor: member } = await createMemberActor();
    await expect(
      requestToJoin({ actor: member, networkId: network.id, message: "" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("refusals: only the footprint's board admin decides, creates and edits", () => {
  it("answers not found to a member, a programme admin and another footprint's board admin", async () => {
    const footprint = await createFootprint();
    const network = await createNetwork({ footprintId: footprint.id });
    const { actor: applicant } = await createMemberActor();
    const request = await requestToJoin({ actor: applicant, networkId: network.id, message: "" });
    const outsiders = [
      (await createMemberActor()).actor,
      await createProgrammeAdminActor(),
      (await createBoardAdminActor({ footprintId: (await createFootprint()).id })).actor,
    ];
    for (const actor of outsiders) {
      await expect(
        decideJoinRequest({ actor, requestId: request.id, decision: "APPROVE" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        createNetworkUseCase({
          actor,
          input: {
            footprintId: footprint.id,
            name: "x",
            purpose: "x",
            function: "",
            model: "",
            howToJoin: "",
            status: "PROPOSED",
          },
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        updateNetwork({
          actor,
          id: network.id,
          input: {
            footprintId: footprint.id,
            name: "x",
            purpose: "x",
            function: "",
            model: "",
            howToJoin: "",
            status: "PROPOSED",
          },
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const still = await testDb().networkJoinRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(still.status).toBe("PENDING");
  });
});

describe("board admins create and edit their footprint's networks", () => {
  it("creates a network covering the footprint's organisations, edits it, refuses a stale edit", async () => {
    const footprint = await createFootprint();
    const organisation = await createOrganisation({ footprintIds: [footprint.id] });
    const { actor: board } = await createBoardAdminActor({ footprintId: footprint.id });
    const input = {
      footprintId: footprint.id,
      name: "Our network",
      purpose: "Purpose",
      function: "",
      model: "",
      howToJoin: "Ask",
      status: "PROPOSED" as const,
    };
    const network = await createNetworkUseCase({ actor: board, input });
    const covered = await testDb().networkOrganisation.findMany({
      where: { networkId: network.id },
    });
    expect(covered.map((c) => c.organisationId)).toEqual([organisation.id]);

    await updateNetwork({
      actor: board,
      id: network.id,
      input: { ...input, status: "ESTABLISHED", version: 1 },
    });
    await expect(
      updateNetwork({ actor: board, id: network.id, input: { ...input, version: 1 } }),
    ).rejects.toMatchObject({ code: "STALE_WRITE" });
    const saved = await testDb().network.findUniqueOrThrow({ where: { id: network.id } });
    expect(saved.status).toBe("ESTABLISHED");
    expect(await auditOf(network.id)).toEqual(["network.created", "network.updated"]);
  });
});
