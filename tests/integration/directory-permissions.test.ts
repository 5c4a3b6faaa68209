/**
 * Every role against every issue-3 use-case that changes or reveals something: who may, and who
 * gets "not found" (the same answer as a record that does not exist).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { addDeclaration } from "@/lib/declarations/add-declaration";
import { ZDeclaration } from "@/lib/declarations/declaration-schema";
import { endDeclaration } from "@/lib/declarations/end-declaration";
import { updateDeclaration } from "@/lib/declarations/update-declaration";
import { createNetwork } from "@/lib/networks/create-network";
import { decideJoinRequest } from "@/lib/networks/decide-join-request";
import { getNetworkForEdit } from "@/lib/networks/get-network-for-edit";
import { requestToJoin } from "@/lib/networks/request-to-join";
import { updateNetwork } from "@/lib/networks/update-network";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { getPerson } from "@/lib/people/get-person";
import { createFootprint, createUser, testDb } from "../factories";
import {
  actorFor,
  createBoardAdminActor,
  createMemberActor,
  createNetwork as createNetworkRow,
  createPerson,
  createProgrammeAdminActor,
} from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

type RoleName = "member" | "assessor" | "programmeAdmin" | "otherBoardAdmin" | "boardAdmin";
const roles: Record<RoleName, Actor> = {} as Record<RoleName, Actor>;
let footprintId: string;
let networkId: string;
let owner: Actor;
let declarationId: string;
let staffPersonId: string;

const networkInput = () => ({
  footprintId,
  name: "Network",
  purpose: "Purpose",
  function: "",
  model: "",
  howToJoin: "",
  status: "PROPOSED" as const,
});

beforeAll(async () => {
  footprintId = (await createFootprint()).id;
  networkId = (await createNetworkRow({ footprintId })).id;
  roles.member = (await createMemberActor()).actor;
  roles.assessor = await actorFor((await createUser({ roles: ["ASSESSOR"] })).id);
  roles.programmeAdmin = await createProgrammeAdminActor();
  roles.otherBoardAdmin = (
    await createBoardAdminActor({ footprintId: (await createFootprint()).id })
  ).actor;
  roles.boardAdmin = (await createBoardAdminActor({ footprintId })).actor;
  owner = (await createMemberActor()).actor;
  declarationId = (
    await addDeclaration({
      actor: owner,
      input: ZDeclaration.parse({
        type: "FINANCIAL",
        partyName: "Acme",
        description: "Shares",
        startsOn: "2024-01-01",
      }),
    })
  ).id;
  // A person outside the directory (no appointment), like programme staff.
  staffPersonId = (await createPerson()).person.id;
});

const cases: {
  name: string;
  allowed: RoleName[];
  run: (actor: Actor) => Promise<unknown>;
}[] = [
  {
    name: "decide a join request",
    allowed: ["boardAdmin"],
    run: async (actor) => {
      const { actor: applicant } = await createMemberActor();
      const request = await requestToJoin({ actor: applicant, networkId, message: "" });
      return decideJoinRequest({ actor, requestId: request.id, decision: "DECLINE" });
    },
  },
  {
    name: "create a network",
    allowed: ["boardAdmin"],
    run: (actor) => createNetwork({ actor, input: networkInput() }),
  },
  {
    name: "open a network for editing",
    allowed: ["boardAdmin"],
    run: (actor) => getNetworkForEdit({ actor, id: networkId }),
  },
  {
    name: "edit a network",
    allowed: ["boardAdmin"],
    run: async (actor) => {
      const { version } = await testDb().network.findUniqueOrThrow({ where: { id: networkId } });
      return updateNetwork({ actor, id: networkId, input: { ...networkInput(), version } });
    },
  },
  {
    name: "export the people directory",
    allowed: ["programmeAdmin"],
    run: (actor) => exportPeopleCsv({ actor }),
  },
  {
    name: "open the profile of someone outside the directory",
    allowed: ["programmeAdmin"],
    run: (actor) => getPerson({ actor, id: staffPersonId }),
  },
  {
    name: "edit someone else's declaration",
    allowed: [],
    run: (actor) =>
      updateDeclaration({
        actor,
        id: declarationId,
        input: ZDeclaration.parse({
          type: "FINANCIAL",
          partyName: "x",
          description: "x",
          startsOn: "2024-01-01",
        }),
      }),
  },
  {
    name: "end someone else's declaration",
    allowed: [],
    run: (actor) => endDeclaration({ actor, id: declarationId, endsOn: new Date(), version: 1 }),
  },
];

describe.each(cases)("$name", ({ allowed, run }) => {
  it.each(
    Object.keys({
      member: 0,
      assessor: 0,
      programmeAdmin: 0,
      otherBoardAdmin: 0,
      boardAdmin: 0,
    }) as RoleName[],
  )("as %s", async (role) => {
    if (allowed.includes(role)) await expect(run(roles[role])).resolves.toBeDefined();
    else await expect(run(roles[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
