import { afterAll, describe, expect, it } from "vitest";
import { assignPerson } from "@/lib/assignments/assign-person";
import { endAssignment } from "@/lib/assignments/end-assignment";
import { getAssignmentTarget } from "@/lib/assignments/get-assignment-target";
import { getFootprintCoverage } from "@/lib/assignments/get-footprint-coverage";
import { saveWorkstream } from "@/lib/assignments/save-workstream";
import { setLeadCap } from "@/lib/assignments/set-lead-cap";
import { suggestPeople } from "@/lib/assignments/suggest-people";
import { loadActor, type Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors/domain-error";
import {
  createBoardFixture,
  createBoardSeat,
  createPerson,
  createUser,
  createWorkstream,
  testDb,
} from "../factories";
import { refusal } from "../support/refusal";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

async function actorOf(userId: string): Promise<Actor> {
  return (await loadActor({ userId }))!;
}

const base = { kind: "workstreams" as const, role: "LEAD" as const, startsOn: "2026-11-01" };

describe("assigning a lead", () => {
  it("lets exactly one of two simultaneous lead assignments win, and tells the other why", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 2 });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const secondAdmin = await createUser({ boardFootprintIds: [footprint.id] });
    const [a, b] = [await actorOf(admin.id), await actorOf(secondAdmin.id)];

    const results = await Promise.allSettled([
      assignPerson({
        actor: a,
        input: {
          ...base,
          footprintId: footprint.id,
          targetId: workstream.id,
          personId: eligible[0]!.id,
        },
      }),
      assignPerson({
        actor: b,
        input: {
          ...base,
          footprintId: footprint.id,
          targetId: workstream.id,
          personId: eligible[1]!.id,
        },
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(DomainError);
    expect((loser.reason as DomainError).code).toBe("ALREADY_EXISTS");
    expect((loser.reason as DomainError).userMessage).toMatch(
      /is the non-executive lead of Workstream/,
    );

    const leads = await testDb().assignment.count({
      where: { workstreamId: workstream.id, role: "LEAD", endsOn: null },
    });
    expect(leads).toBe(1);
  });

  it("refuses a second lead with a clear message while the first is current", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 2 });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const actor = await actorOf(admin.id);
    await assignPerson({
      actor,
      input: {
        ...base,
        footprintId: footprint.id,
        targetId: workstream.id,
        personId: eligible[0]!.id,
      },
    });
    const error = await refusal(
      assignPerson({
        actor,
        input: {
          ...base,
          footprintId: footprint.id,
          targetId: workstream.id,
          personId: eligible[1]!.id,
        },
      }),
    );
    expect(error.code).toBe("ALREADY_EXISTS");
    // As a member, the second person is welcome.
    await assignPerson({
      actor,
      input: {
        ...base,
        role: "MEMBER",
        footprintId: footprint.id,
        targetId: workstream.id,
        personId: eligible[1]!.id,
      },
    });
  });

  it("caps one person's current lead roles at the footprint's cap, counting only current roles", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 1, leadCap: 2 });
    const person = eligible[0]!;
    const actor = await actorOf(admin.id);
    const workstreams = await Promise.all(
      [1, 2, 3].map(() => createWorkstream({ footprintId: footprint.id })),
    );
    const ids: string[] = [];
    for (const w of workstreams.slice(0, 2)) {
      ids.push(
        (
          await assignPerson({
            actor,
            input: { ...base, footprintId: footprint.id, targetId: w.id, personId: person.id },
          })
        ).assignmentId,
      );
    }
    const error = await refusal(
      assignPerson({
        actor,
        input: {
          ...base,
          footprintId: footprint.id,
          targetId: workstreams[2]!.id,
          personId: person.id,
        },
      }),
    );
    expect(error.field).toBe("role");
    expect(error.userMessage).toMatch(/already leads 2 workstreams: .* allows at most 2/);

    await endAssignment({ actor, input: { footprintId: footprint.id, assignmentId: ids[0]! } });
    await assignPerson({
      actor,
      input: {
        ...base,
        footprintId: footprint.id,
        targetId: workstreams[2]!.id,
        personId: person.id,
      },
    });
  });

  it("caps parallel lead assignments of the same person too", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 1, leadCap: 1 });
    const actor = await actorOf(admin.id);
    const [w1, w2] = await Promise.all([
      createWorkstream({ footprintId: footprint.id }),
      createWorkstream({ footprintId: footprint.id }),
    ]);
    const results = await Promise.allSettled(
      [w1!, w2!].map((w) =>
        assignPerson({
          actor,
          input: { ...base, footprintId: footprint.id, targetId: w.id, personId: eligible[0]!.id },
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("footprint scope", () => {
  it("keeps one footprint's board admin out of another footprint's workstreams", async () => {
    const surrey = await createBoardFixture({ people: 1 });
    const westYorkshire = await createBoardFixture({ people: 1 });
    const theirs = await createWorkstream({ footprintId: westYorkshire.footprint.id });
    const actor = await actorOf(surrey.admin.id);

    const reads = [
      () => getFootprintCoverage({ actor, footprintId: westYorkshire.footprint.id }),
      () =>
        getAssignmentTarget({
          actor,
          footprintId: westYorkshire.footprint.id,
          kind: "workstreams",
          id: theirs.id,
        }),
      // Their workstream asked for under one's own footprint is not found either.
      () =>
        getAssignmentTarget({
          actor,
          footprintId: surrey.footprint.id,
          kind: "workstreams",
          id: theirs.id,
        }),
      () =>
        suggestPeople({
          actor,
          footprintId: westYorkshire.footprint.id,
          kind: "workstreams",
          id: theirs.id,
        }),
    ];
    for (const read of reads) expect((await refusal(read())).code).toBe("NOT_FOUND");

    const writes = [
      () =>
        assignPerson({
          actor,
          input: {
            ...base,
            footprintId: westYorkshire.footprint.id,
            targetId: theirs.id,
            personId: westYorkshire.eligible[0]!.id,
          },
        }),
      () =>
        assignPerson({
          actor,
          input: {
            ...base,
            footprintId: surrey.footprint.id,
            targetId: theirs.id,
            personId: surrey.eligible[0]!.id,
          },
        }),
      () =>
        saveWorkstream({
          actor,
          input: {
            footprintId: westYorkshire.footprint.id,
            id: theirs.id,
            name: "Renamed",
            description: "",
            skillIds: [],
            status: "ACTIVE",
          },
        }),
      () =>
        saveWorkstream({
          actor,
          input: {
            footprintId: surrey.footprint.id,
            id: theirs.id,
            name: "Renamed",
            description: "",
            skillIds: [],
            status: "ACTIVE",
          },
        }),
    ];
    for (const write of writes) expect((await refusal(write())).code).toBe("NOT_FOUND");
    const unchanged = await testDb().workstream.findUniqueOrThrow({
      where: { id: theirs.id },
      include: { assignments: true },
    });
    expect(unchanged.name).toBe(theirs.name);
    expect(unchanged.assignments).toHaveLength(0);
  });

  it("refuses to end another footprint's assignment", async () => {
    const mine = await createBoardFixture({ people: 1 });
    const theirs = await createBoardFixture({ people: 1 });
    const workstream = await createWorkstream({ footprintId: theirs.footprint.id });
    const { assignmentId } = await assignPerson({
      actor: await actorOf(theirs.admin.id),
      input: {
        ...base,
        footprintId: theirs.footprint.id,
        targetId: workstream.id,
        personId: theirs.eligible[0]!.id,
      },
    });
    const actor = await actorOf(mine.admin.id);
    for (const footprintId of [theirs.footprint.id, mine.footprint.id]) {
      expect(
        (await refusal(endAssignment({ actor, input: { footprintId, assignmentId } }))).code,
      ).toBe("NOT_FOUND");
    }
    expect(
      (await testDb().assignment.findUniqueOrThrow({ where: { id: assignmentId } })).endsOn,
    ).toBeNull();
  });
});

describe("eligibility and overrides", () => {
  it("refuses an ineligible person without a reason, and audits one assigned with a reason", async () => {
    const { footprint, admin } = await createBoardFixture({ people: 0 });
    const outsider = await createPerson();
    const seat = await createBoardSeat({ footprintId: footprint.id });
    const actor = await actorOf(admin.id);
    const input = {
      ...base,
      kind: "seats" as const,
      footprintId: footprint.id,
      targetId: seat.id,
      personId: outsider.id,
    };

    const error = await refusal(assignPerson({ actor, input }));
    expect(error.field).toBe("overrideReason");
    expect(error.userMessage).toMatch(/has no current non-executive appointment/);
    expect(
      (await refusal(assignPerson({ actor, input: { ...input, overrideReason: "short" } }))).field,
    ).toBe("overrideReason");
    expect(await testDb().assignment.count({ where: { boardSeatId: seat.id } })).toBe(0);

    const reason = "Former chair of the ICS audit committee, asked to join by the board";
    const { assignmentId } = await assignPerson({
      actor,
      input: { ...input, overrideReason: reason },
    });
    const saved = await testDb().assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(saved).toMatchObject({ overrideReason: reason, role: "MEMBER", assignedById: admin.id });
    const events = await testDb().auditEvent.findMany({
      where: { entityId: assignmentId },
      orderBy: { action: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["assignment.created", "assignment.override"]);
    expect(events[1]).toMatchObject({ actorId: admin.id, reason });
  });

  it("treats an ended appointment as not eligible, and a network member as eligible", async () => {
    const { footprint, organisation, admin } = await createBoardFixture({ people: 0 });
    const former = await createPerson({
      appointments: [{ organisationId: organisation.id, endsOn: "2025-01-01" }],
    });
    const member = await createPerson();
    const network = await testDb().network.create({
      data: { footprintId: footprint.id, name: "Net", purpose: "p", status: "ESTABLISHED" },
    });
    await testDb().networkMembership.create({
      data: { networkId: network.id, personId: member.id },
    });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const actor = await actorOf(admin.id);

    const { suggestions } = await suggestPeople({
      actor,
      footprintId: footprint.id,
      kind: "workstreams",
      id: workstream.id,
    });
    expect(suggestions.map((s) => s.personId)).toEqual([member.id]);
    expect(suggestions[0]!.eligibilityReasons).toEqual(["Member of the footprint's network"]);

    const { others } = await suggestPeople({
      actor,
      footprintId: footprint.id,
      kind: "workstreams",
      id: workstream.id,
      search: former.familyName,
    });
    expect(others.map((o) => [o.personId, o.eligible])).toEqual([[former.id, false]]);
  });
});

describe("ending and history", () => {
  it("ends an assignment, keeps it in the history, notifies the person and opens the gap", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 1 });
    const user = await testDb().user.create({
      data: {
        email: `p-${eligible[0]!.id}@example.test`.toLowerCase(),
        name: "P",
        personId: eligible[0]!.id,
      },
    });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const actor = await actorOf(admin.id);
    const { assignmentId } = await assignPerson({
      actor,
      input: {
        ...base,
        footprintId: footprint.id,
        targetId: workstream.id,
        personId: eligible[0]!.id,
      },
    });
    let coverage = await getFootprintCoverage({ actor, footprintId: footprint.id });
    expect(coverage.coverage).toMatchObject({ covered: 1, total: 1 });

    await endAssignment({
      actor,
      input: {
        footprintId: footprint.id,
        assignmentId,
        endsOn: "2026-11-20",
        endReason: "Stepped down",
      },
    });
    expect(
      (await refusal(endAssignment({ actor, input: { footprintId: footprint.id, assignmentId } })))
        .code,
    ).toBe("INVALID_STATE");

    const target = await getAssignmentTarget({
      actor,
      footprintId: footprint.id,
      kind: "workstreams",
      id: workstream.id,
    });
    expect(target.current).toHaveLength(0);
    expect(target.history).toHaveLength(1);
    expect(target.history[0]).toMatchObject({ endReason: "Stepped down" });
    coverage = await getFootprintCoverage({ actor, footprintId: footprint.id });
    expect(coverage.coverage).toMatchObject({ covered: 0, total: 1 });

    const notifications = await testDb().notification.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(notifications.map((n) => n.kind)).toEqual(["assignment.started", "assignment.ended"]);
    const audit = await testDb().auditEvent.findMany({ where: { entityId: assignmentId } });
    expect(audit.map((e) => e.action).sort()).toEqual(["assignment.created", "assignment.ended"]);
  });

  it("refuses an end date before the start", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 1 });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const actor = await actorOf(admin.id);
    const { assignmentId } = await assignPerson({
      actor,
      input: {
        ...base,
        footprintId: footprint.id,
        targetId: workstream.id,
        personId: eligible[0]!.id,
      },
    });
    const error = await refusal(
      endAssignment({
        actor,
        input: { footprintId: footprint.id, assignmentId, endsOn: "2026-10-01" },
      }),
    );
    expect(error.field).toBe("endsOn");
  });
});

describe("workstreams", () => {
  it("creates, edits with a version check, and closes a workstream, ending its assignments", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 1 });
    const actor = await actorOf(admin.id);
    const skill = await testDb().skill.upsert({
      where: { name: "Audit and risk" },
      create: { name: "Audit and risk" },
      update: {},
    });
    const { id } = await saveWorkstream({
      actor,
      input: {
        footprintId: footprint.id,
        name: "Digital",
        description: "Shared records",
        skillIds: [skill.id],
        status: "ACTIVE",
      },
    });
    await assignPerson({
      actor,
      input: { ...base, footprintId: footprint.id, targetId: id, personId: eligible[0]!.id },
    });

    const edit = {
      footprintId: footprint.id,
      id,
      version: 1,
      name: "Digital and data",
      description: "",
      skillIds: [],
      status: "ACTIVE" as const,
    };
    await saveWorkstream({ actor, input: edit });
    expect((await refusal(saveWorkstream({ actor, input: { ...edit, name: "Stale" } }))).code).toBe(
      "STALE_WRITE",
    );

    await saveWorkstream({ actor, input: { ...edit, version: 2, status: "CLOSED" } });
    const closed = await testDb().workstream.findUniqueOrThrow({
      where: { id },
      include: { assignments: true, skills: true },
    });
    expect(closed).toMatchObject({ name: "Digital and data", status: "CLOSED", version: 3 });
    expect(closed.skills).toHaveLength(0);
    expect(closed.assignments.every((a) => a.endsOn !== null)).toBe(true);
    const actions = (await testDb().auditEvent.findMany({ where: { entityId: id } }))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(["workstream.closed", "workstream.created", "workstream.updated"]);

    const duplicate = await refusal(
      saveWorkstream({
        actor,
        input: {
          footprintId: footprint.id,
          name: "Digital and data",
          description: "",
          skillIds: [],
          status: "ACTIVE",
        },
      }),
    );
    expect(duplicate).toMatchObject({ code: "ALREADY_EXISTS", field: "name" });
  });
});

describe("the lead cap setting", () => {
  it("is changed by the footprint's board admin, audited, and applied to the next assignment", async () => {
    const { footprint, admin, eligible } = await createBoardFixture({ people: 1 });
    const actor = await actorOf(admin.id);
    await setLeadCap({ actor, footprintId: footprint.id, leadCap: 1 });
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { entityId: footprint.id, action: "footprint.lead_cap_changed" },
    });
    expect(event).toMatchObject({
      before: { leadCap: 3 },
      after: { leadCap: 1 },
      actorId: admin.id,
    });

    const [w1, w2] = [
      await createWorkstream({ footprintId: footprint.id }),
      await createWorkstream({ footprintId: footprint.id }),
    ];
    const input = { ...base, footprintId: footprint.id, personId: eligible[0]!.id };
    await assignPerson({ actor, input: { ...input, targetId: w1.id } });
    expect(
      (await refusal(assignPerson({ actor, input: { ...input, targetId: w2.id } }))).field,
    ).toBe("role");
  });

  it("cannot be changed for another footprint", async () => {
    const mine = await createBoardFixture({ people: 0 });
    const theirs = await createBoardFixture({ people: 0 });
    const actor = await actorOf(mine.admin.id);
    expect(
      (await refusal(setLeadCap({ actor, footprintId: theirs.footprint.id, leadCap: 9 }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await testDb().footprint.findUniqueOrThrow({ where: { id: theirs.footprint.id } })).leadCap,
    ).toBe(3);
  });
});

describe("every role other than the footprint's board admin is refused", () => {
  it.each([["MEMBER"], ["ASSESSOR"], ["PROGRAMME_ADMIN"]] as const)("%s", async (role) => {
    const { footprint, eligible } = await createBoardFixture({ people: 1 });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const user = await createUser({ roles: [role] });
    const actor = await actorOf(user.id);
    const footprintId = footprint.id;
    const attempts = [
      () =>
        assignPerson({
          actor,
          input: { ...base, footprintId, targetId: workstream.id, personId: eligible[0]!.id },
        }),
      () =>
        saveWorkstream({
          actor,
          input: { footprintId, name: "New", description: "", skillIds: [], status: "ACTIVE" },
        }),
      () => setLeadCap({ actor, footprintId, leadCap: 5 }),
      () => getAssignmentTarget({ actor, footprintId, kind: "workstreams", id: workstream.id }),
      () => suggestPeople({ actor, footprintId, kind: "workstreams", id: workstream.id }),
      () => endAssignment({ actor, input: { footprintId, assignmentId: "any" } }),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe("NOT_FOUND");
    // Programme admins may read coverage (not change it); nobody else may.
    if (role === "PROGRAMME_ADMIN") {
      expect((await getFootprintCoverage({ actor, footprintId })).coverage.total).toBe(1);
    } else {
      expect((await refusal(getFootprintCoverage({ actor, footprintId }))).code).toBe("NOT_FOUND");
    }
    expect(await testDb().assignment.count({ where: { workstreamId: workstream.id } })).toBe(0);
  });
});
