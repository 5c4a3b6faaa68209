import { describe, expect, it } from "vitest";
import {
  canManageInvitation,
  describeGrant,
  invitationRefusal,
  type Inviter,
} from "@/lib/accounts/invitation-rules";

const programmeAdmin: Inviter = { roles: new Set(["PROGRAMME_ADMIN"]), boardFootprintIds: [] };
const boardAdmin: Inviter = {
  roles: new Set(["BOARD_ADMIN", "MEMBER"]),
  boardFootprintIds: ["F1"],
};
const member: Inviter = { roles: new Set(["MEMBER"]), boardFootprintIds: [] };
const assessor: Inviter = { roles: new Set(["ASSESSOR"]), boardFootprintIds: [] };

const grant = (g: Partial<Parameters<typeof invitationRefusal>[1]>) => ({
  roles: [],
  boardFootprintIds: [],
  footprintId: null,
  ...g,
});

describe("invitationRefusal", () => {
  it.each([
    ["programme admin: a member", programmeAdmin, grant({ roles: ["MEMBER"] }), null],
    [
      "programme admin: an assessor and programme admin",
      programmeAdmin,
      grant({ roles: ["ASSESSOR", "PROGRAMME_ADMIN"] }),
      null,
    ],
    [
      "programme admin: board admin of a footprint",
      programmeAdmin,
      grant({ boardFootprintIds: ["F9"] }),
      null,
    ],
    ["programme admin: no role at all", programmeAdmin, grant({}), "roles"],
    [
      "board admin: a member of their footprint",
      boardAdmin,
      grant({ roles: ["MEMBER"], footprintId: "F1" }),
      null,
    ],
    [
      "board admin: a member of another footprint",
      boardAdmin,
      grant({ roles: ["MEMBER"], footprintId: "F2" }),
      "footprintId",
    ],
    [
      "board admin: a member of no footprint",
      boardAdmin,
      grant({ roles: ["MEMBER"] }),
      "footprintId",
    ],
    [
      "board admin: an assessor",
      boardAdmin,
      grant({ roles: ["ASSESSOR"], footprintId: "F1" }),
      "roles",
    ],
    [
      "board admin: a programme admin",
      boardAdmin,
      grant({ roles: ["MEMBER", "PROGRAMME_ADMIN"], footprintId: "F1" }),
      "roles",
    ],
    [
      "board admin: another board admin, even of their own footprint",
      boardAdmin,
      grant({ boardFootprintIds: ["F1"], footprintId: "F1" }),
      "roles",
    ],
    ["member: anyone", member, grant({ roles: ["MEMBER"] }), "roles"],
    ["assessor: anyone", assessor, grant({ roles: ["MEMBER"] }), "roles"],
  ] as const)("%s", (_name, inviter, request, field) => {
    expect(invitationRefusal(inviter, request)?.field ?? null).toBe(field);
  });
});

describe("canManageInvitation", () => {
  it.each([
    [programmeAdmin, null, true],
    [programmeAdmin, "F2", true],
    [boardAdmin, "F1", true],
    [boardAdmin, "F2", false],
    [boardAdmin, null, false],
    [member, "F1", false],
  ] as const)("%#", (inviter, footprintId, expected) => {
    expect(canManageInvitation(inviter, { footprintId })).toBe(expected);
  });
});

describe("describeGrant", () => {
  it.each([
    [[], [], "a member"],
    [["MEMBER"], [], "a member"],
    [["MEMBER", "ASSESSOR"], [], "a member and an assessor"],
    [[], ["Surrey Heartlands"], "board admin of Surrey Heartlands"],
    [
      ["MEMBER"],
      ["Surrey Heartlands", "West Yorkshire"],
      "a member and board admin of Surrey Heartlands and West Yorkshire",
    ],
  ] as const)("%j %j → %s", (roles, boardFootprintNames, expected) => {
    expect(describeGrant({ roles, boardFootprintNames })).toBe(expected);
  });
});
