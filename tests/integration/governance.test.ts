/**
 * Issue 13, the governance self-assessment, against real PostgreSQL: who may read and write which
 * footprint's assessment, that nobody outside a footprint and the programme team ever receives an
 * unpublished rating, reopening with a reason, stale edits shown rather than overwritten, the
 * submission and the deadline, publishing, bad input refused with nothing written, every change
 * audited field by field, overdue actions notified once, and one period open at a time.
 *
 * At most one period is open at once (a database rule), so the tests share one open period and
 * run in this file's order; the period tests that close and open come last.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { toCsv } from "@/lib/csv/to-csv";
import { closePeriod } from "@/lib/governance/close-period";
import { dashboardCsvRows } from "@/lib/governance/dashboard-csv";
import { ZDashboardFilter } from "@/lib/governance/dashboard-filter";
import { getAssessment } from "@/lib/governance/get-assessment";
import { getDashboard } from "@/lib/governance/get-dashboard";
import { getFootprintGovernance } from "@/lib/governance/get-footprint-governance";
import {
  handleReopenAssessment,
  handleSaveAction,
  handleSaveAnswer,
  handleSubmitAssessment,
} from "@/lib/governance/governance-forms";
import { listActionOwners } from "@/lib/governance/list-action-owners";
import { notifyOverdueActions } from "@/lib/governance/notify-overdue-actions";
import { openPeriod } from "@/lib/governance/open-period";
import { setAssessmentPublished } from "@/lib/governance/publish-assessment";
import { removeAction } from "@/lib/governance/remove-action";
import { reopenAssessment } from "@/lib/governance/reopen-assessment";
import { saveAction } from "@/lib/governance/save-action";
import { saveAnswer, StaleAnswerError } from "@/lib/governance/save-answer";
import { startAssessment } from "@/lib/governance/start-assessment";
import {
  AlreadySubmittedError,
  IncompleteAssessmentError,
  submitAssessment,
} from "@/lib/governance/submit-assessment";
import { TOPICS } from "@/lib/governance/topics";
import { updateActionStatus } from "@/lib/governance/update-action-status";
import { updatePeriod } from "@/lib/governance/update-period";
import { createFootprint, createRegion, createUser, testDb, unique } from "../factories";
import { createAssessment, createClosedPeriod, sharedOpenPeriod } from "../factories/governance";
import {
  actorFor,
  createBoardAdminActor,
  createMemberActor,
  createNetwork,
  createOrganisation,
  createProgrammeAdminActor,
} from "../factories/people";
import { refusal } from "../support/refusal";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

/** Inside the shared period's window (its deadline is in 2099). */
const NOW = new Date("2026-12-01T12:00:00Z");

let period: { id: string; name: string; closesAt: Date };
let earlier: { id: string; name: string };
let admin: Actor;
let regionId: string;

beforeAll(async () => {
  period = await sharedOpenPeriod();
  earlier = await createClosedPeriod({ closesAt: new Date("2026-01-15T17:00:00Z") });
  admin = await createProgrammeAdminActor();
  regionId = (await createRegion()).id;
});

/** A footprint in the test region with a board admin of its own. */
async function footprintWithAdmin(name = "Footprint") {
  const footprint = await createFootprint({ regionId, name: `${name} ${unique()}` });
  const { actor } = await createBoardAdminActor({ footprintId: footprint.id });
  return { footprint, boardAdmin: actor };
}

/** A draft in the open period, started through the use-case. */
async function startDraft(actor: Actor, footprintId: string) {
  const { assessmentId } = await startAssessment({ actor, footprintId, now: NOW });
  return assessmentId;
}

async function answerAll(actor: Actor, assessmentId: string, rating = 3) {
  const versions = new Map(
    (await testDb().governanceRating.findMany({ where: { assessmentId } })).map((r) => [
      r.topic,
      r.version,
    ]),
  );
  for (const topic of TOPICS)
    await saveAnswer({
      actor,
      assessmentId,
      topic: topic.key,
      rating,
      evidence: `Evidence for ${topic.title}`,
      version: versions.get(topic.key)!,
      now: NOW,
    });
}

const dashboardFor = (actor: Actor | null, periodId = period.id) =>
  getDashboard({ actor, filter: ZDashboardFilter.parse({ period: periodId }) });

describe("who may read and write a footprint's assessment", () => {
  it("a board admin of Surrey Heartlands cannot read an unpublished West Yorkshire assessment, nor write any other footprint's", async () => {
    const surrey = await footprintWithAdmin("Surrey Heartlands");
    const westYorkshire = await footprintWithAdmin("West Yorkshire");
    const secret = `West Yorkshire unpublished evidence ${randomUUID()}`;
    const wy = await createAssessment({
      periodId: period.id,
      footprintId: westYorkshire.footprint.id,
      state: "submitted",
      rating: 2,
      evidence: secret,
    });

    // Reads: the assessment, the dashboard, its CSV and the footprint's view all leave it out.
    expect(
      (await refusal(getAssessment({ actor: surrey.boardAdmin, assessmentId: wy.id }))).code,
    ).toBe("NOT_FOUND");
    const dashboard = await dashboardFor(surrey.boardAdmin);
    const everything = JSON.stringify(dashboard) + toCsv(dashboardCsvRows(dashboard));
    expect(everything).not.toContain(wy.id);
    expect(everything).not.toContain(westYorkshire.footprint.name);
    const view = await getFootprintGovernance({
      actor: surrey.boardAdmin,
      footprintId: westYorkshire.footprint.id,
      now: NOW,
    });
    expect(view.latest).toBeNull();
    expect(view.trend).toEqual([]);
    expect(view.canAssess).toBe(false);
    expect(view.openPeriod).toBeNull();
    expect(JSON.stringify(view)).not.toContain(secret);

    // Its own admins and the programme team do read it.
    expect(
      (await getAssessment({ actor: westYorkshire.boardAdmin, assessmentId: wy.id })).assessment.id,
    ).toBe(wy.id);
    expect((await getAssessment({ actor: admin, assessmentId: wy.id })).assessment.id).toBe(wy.id);

    // Writes to another footprint's assessment: every one refused as not found, nothing written.
    const other = await footprintWithAdmin("Other");
    const draftId = await startDraft(other.boardAdmin, other.footprint.id);
    const owner = (
      await listActionOwners({ actor: other.boardAdmin, assessmentId: draftId, now: NOW })
    )[0]!;
    const { actionId } = await saveAction({
      actor: other.boardAdmin,
      assessmentId: draftId,
      topic: "SHARED_PURPOSE",
      fields: {
        description: "Do it",
        ownerId: owner.id,
        dueOn: new Date("2027-03-31"),
        status: "NOT_STARTED",
      },
      now: NOW,
    });
    const writes: Array<[string, () => Promise<unknown>]> = [
      [
        "start",
        () =>
          startAssessment({ actor: surrey.boardAdmin, footprintId: other.footprint.id, now: NOW }),
      ],
      [
        "answer",
        () =>
          saveAnswer({
            actor: surrey.boardAdmin,
            assessmentId: draftId,
            topic: "SHARED_PURPOSE",
            rating: 4,
            evidence: "Not theirs",
            version: 1,
            now: NOW,
          }),
      ],
      [
        "add an action",
        () =>
          saveAction({
            actor: surrey.boardAdmin,
            assessmentId: draftId,
            topic: "SHARED_PURPOSE",
            fields: {
              description: "x",
              ownerId: surrey.boardAdmin.id,
              dueOn: new Date("2027-03-31"),
              status: "DONE",
            },
            now: NOW,
          }),
      ],
      [
        "remove an action",
        () =>
          removeAction({
            actor: surrey.boardAdmin,
            assessmentId: draftId,
            actionId,
            version: 1,
            now: NOW,
          }),
      ],
      [
        "action progress",
        () =>
          updateActionStatus({ actor: surrey.boardAdmin, actionId, version: 1, status: "DONE" }),
      ],
      [
        "submit",
        () => submitAssessment({ actor: surrey.boardAdmin, assessmentId: draftId, now: NOW }),
      ],
      [
        "publish",
        () =>
          setAssessmentPublished({
            actor: surrey.boardAdmin,
            assessmentId: wy.id,
            published: true,
            now: NOW,
          }),
      ],
    ];
    for (const [name, write] of writes) {
      const error = await refusal(write());
      expect(error.code, name).toBe("NOT_FOUND");
    }
    const rating = await testDb().governanceRating.findUniqueOrThrow({
      where: { assessmentId_topic: { assessmentId: draftId, topic: "SHARED_PURPOSE" } },
    });
    expect(rating.rating).toBeNull();
    expect(await testDb().governanceAction.count({ where: { assessmentId: draftId } })).toBe(1);
    expect(
      (await testDb().governanceAssessment.findUniqueOrThrow({ where: { id: wy.id } })).publishedAt,
    ).toBeNull();
  });

  it("a network's chair or secretary answers for its footprint; a plain member and a programme admin do not", async () => {
    const footprint = await createFootprint({ regionId });
    const network = await createNetwork({ footprintId: footprint.id });
    const people = await Promise.all([
      createMemberActor(),
      createMemberActor(),
      createMemberActor(),
    ]);
    const [chair, secretary, member] = people;
    await testDb().networkMembership.createMany({
      data: [
        { networkId: network.id, personId: chair!.person.id, role: "CHAIR" },
        { networkId: network.id, personId: secretary!.person.id, role: "SECRETARY" },
        { networkId: network.id, personId: member!.person.id, role: "MEMBER" },
      ],
    });
    const chairActor = await actorFor(chair!.actor.id);
    const assessmentId = await startDraft(chairActor, footprint.id);
    const draft = await testDb().governanceAssessment.findUniqueOrThrow({
      where: { id: assessmentId },
    });
    expect(draft.networkId).toBe(network.id);
    await saveAnswer({
      actor: await actorFor(secretary!.actor.id),
      assessmentId,
      topic: "RELATIONSHIPS",
      rating: 2,
      evidence: "The secretary's answer",
      version: 1,
      now: NOW,
    });
    for (const outsider of [await actorFor(member!.actor.id), admin]) {
      const error = await refusal(
        saveAnswer({
          actor: outsider,
          assessmentId,
          topic: "COMMUNICATION",
          rating: 1,
          evidence: "x",
          version: 1,
          now: NOW,
        }),
      );
      expect(error.code).toBe("NOT_FOUND");
    }
    // A chair is not a board admin: submitting is theirs, publishing is not.
    await answerAll(chairActor, assessmentId);
    await submitAssessment({ actor: chairActor, assessmentId, now: NOW });
    expect(
      (
        await refusal(
          setAssessmentPublished({ actor: chairActor, assessmentId, published: true, now: NOW }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // A member who leaves the network stops answering for it.
    await testDb().networkMembership.updateMany({
      where: { networkId: network.id, personId: chair!.person.id },
      data: { leftAt: new Date() },
    });
    expect(
      (await refusal(getAssessment({ actor: await actorFor(chair!.actor.id), assessmentId }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("unpublished ratings never reach anyone outside the footprint and the programme team", () => {
  it("a visitor's dashboard, CSV, footprint view and assessment pages hold only published assessments", async () => {
    const hidden = await footprintWithAdmin("Hidden");
    const draftOnly = await footprintWithAdmin("Draft only");
    const open = await footprintWithAdmin("Open book");
    const marker = `unpublished-${randomUUID()}`;
    const unpublished = await createAssessment({
      periodId: period.id,
      footprintId: hidden.footprint.id,
      state: "submitted",
      rating: 1,
      evidence: marker,
    });
    const draft = await createAssessment({
      periodId: period.id,
      footprintId: draftOnly.footprint.id,
      state: "draft",
      rating: 1,
      evidence: marker,
    });
    // Published now, after an unpublished assessment in an earlier period: the change since
    // then would give the earlier rating away, so a visitor is shown no change at all.
    await createAssessment({
      periodId: earlier.id,
      footprintId: open.footprint.id,
      state: "submitted",
      rating: 1,
      evidence: marker,
    });
    const published = await createAssessment({
      periodId: period.id,
      footprintId: open.footprint.id,
      state: "published",
      rating: 3,
    });

    for (const actor of [null, (await createMemberActor()).actor]) {
      const dashboard = await dashboardFor(actor);
      const text = JSON.stringify(dashboard) + toCsv(dashboardCsvRows(dashboard));
      for (const hiddenThing of [
        unpublished.id,
        draft.id,
        hidden.footprint.name,
        draftOnly.footprint.name,
        marker,
      ])
        expect(text).not.toContain(hiddenThing);
      const row = dashboard.groups
        .flatMap((g) => g.rows)
        .find((r) => r.assessmentId === published.id)!;
      expect(
        row.cells.every((c) => c.rating === 3 && c.change === null && c.previous === null),
      ).toBe(true);
      expect(row.previousPeriodName).toBeNull();
      expect(row.overallChange).toBeNull();
      // The earlier period's dashboard does not show it either.
      const before = await dashboardFor(actor, earlier.id);
      expect(JSON.stringify(before)).not.toContain(open.footprint.name);

      for (const id of [unpublished.id, draft.id])
        expect((await refusal(getAssessment({ actor, assessmentId: id }))).code).toBe("NOT_FOUND");
      const view = await getFootprintGovernance({
        actor,
        footprintId: hidden.footprint.id,
        now: NOW,
      });
      expect(view.latest).toBeNull();
      expect(JSON.stringify(view)).not.toContain(marker);
      const openView = await getFootprintGovernance({
        actor,
        footprintId: open.footprint.id,
        now: NOW,
      });
      expect(openView.trend.map((t) => t.assessmentId)).toEqual([published.id]);
      expect(JSON.stringify(openView)).not.toContain(marker);
      const page = await getAssessment({ actor, assessmentId: published.id });
      expect(page.previousPeriodName).toBeNull();
      expect(page.topics.every((t) => t.previous === null)).toBe(true);
    }

    // The programme team sees it all, with the change.
    const all = await dashboardFor(admin);
    const rows = all.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.assessmentId === unpublished.id)?.published).toBe(false);
    expect(rows.find((r) => r.assessmentId === draft.id)?.status).toBe("DRAFT");
    expect(rows.find((r) => r.assessmentId === published.id)?.cells[0]?.change).toBe(2);
    // Drafts count in no summary.
    const national = all.topics[0]!.distribution;
    expect(national[1]).toBeGreaterThanOrEqual(1);
  });
});

describe("answers, actions and submission", () => {
  it("two people saving one answer: the second sees the first's answer and chooses, never a silent overwrite", async () => {
    const { footprint, boardAdmin: first } = await footprintWithAdmin();
    const { actor: second } = await createBoardAdminActor({ footprintId: footprint.id });
    const assessmentId = await startDraft(first, footprint.id);
    const save = (actor: Actor, rating: number, evidence: string, version: number) =>
      saveAnswer({
        actor,
        assessmentId,
        topic: "SHARED_PURPOSE",
        rating,
        evidence,
        version,
        now: NOW,
      });

    expect((await save(first, 2, "First's evidence", 1)).version).toBe(2);
    const stale = await refusal(save(second, 3, "Second's evidence", 1));
    expect(stale).toBeInstanceOf(StaleAnswerError);
    expect((stale as StaleAnswerError).current).toMatchObject({
      rating: 2,
      evidence: "First's evidence",
      version: 2,
      updatedByName: first.name,
    });
    const stored = () =>
      testDb().governanceRating.findUniqueOrThrow({
        where: { assessmentId_topic: { assessmentId, topic: "SHARED_PURPOSE" } },
      });
    expect((await stored()).evidence).toBe("First's evidence");
    // The form shows both; keeping theirs means saving from the version now seen.
    const form = await handleSaveAnswer({
      actor: second,
      raw: {
        assessmentId,
        topic: "shared-purpose",
        version: "1",
        rating: "3",
        evidence: "Second's evidence",
      },
      now: NOW,
    });
    expect("conflict" in form && form.conflict?.evidence).toBe("First's evidence");
    expect("conflict" in form && form.conflict?.mine).toEqual({
      rating: 3,
      evidence: "Second's evidence",
    });
    expect((await save(second, 3, "Second's evidence", 2)).version).toBe(3);
    expect(await stored()).toMatchObject({ rating: 3, evidence: "Second's evidence", version: 3 });

    // At the same moment from one version: exactly one lands. The same answer twice is no conflict.
    const race = await Promise.allSettled([
      save(first, 1, "Race A", 3),
      save(second, 4, "Race B", 3),
    ]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = race.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(StaleAnswerError);
    const now = await stored();
    expect(now.version).toBe(4);
    const same = await Promise.all([save(first, 2, "Same", 4), save(second, 2, "Same", 4)]);
    expect(same.map((r) => r.version)).toEqual([5, 5]);
    // One audit event per save that landed, with the evidence before and after.
    const events = await testDb().auditEvent.findMany({
      where: {
        entityType: "GovernanceAssessment",
        entityId: assessmentId,
        action: "governance.answer_saved",
      },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toHaveLength(4);
    expect(events[0]!.before).toEqual({
      topic: "SHARED_PURPOSE",
      rating: null,
      evidence: "",
      version: 1,
    });
    expect(events[0]!.after).toEqual({
      topic: "SHARED_PURPOSE",
      rating: 2,
      evidence: "First's evidence",
      version: 2,
    });
  });

  it("submits once when complete, before the deadline; locked afterwards", async () => {
    const { footprint, boardAdmin } = await footprintWithAdmin();
    const { actor: colleague } = await createBoardAdminActor({ footprintId: footprint.id });
    const assessmentId = await startDraft(boardAdmin, footprint.id);
    // Starting again lands on the same one.
    expect(await startDraft(colleague, footprint.id)).toBe(assessmentId);

    const incomplete = await refusal(
      submitAssessment({ actor: boardAdmin, assessmentId, now: NOW }),
    );
    expect(incomplete).toBeInstanceOf(IncompleteAssessmentError);
    expect((incomplete as IncompleteAssessmentError).problems).toHaveLength(30);
    const form = await handleSubmitAssessment({
      actor: boardAdmin,
      raw: { assessmentId },
      now: NOW,
    });
    expect("fieldErrors" in form && form.fieldErrors?.["audit-and-assurance-rating"]).toMatch(
      /Choose a rating/,
    );

    await answerAll(boardAdmin, assessmentId);
    // After the deadline: refused, the draft kept.
    const late = new Date(period.closesAt.getTime() + 1000);
    expect(
      (await refusal(submitAssessment({ actor: boardAdmin, assessmentId, now: late }))).code,
    ).toBe("DEADLINE_PASSED");
    expect(
      (
        await refusal(
          saveAnswer({
            actor: boardAdmin,
            assessmentId,
            topic: "SHARED_PURPOSE",
            rating: 1,
            evidence: "late",
            version: 2,
            now: late,
          }),
        )
      ).code,
    ).toBe("DEADLINE_PASSED");

    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        submitAssessment({ actor: boardAdmin, assessmentId, now: NOW }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toBeInstanceOf(AlreadySubmittedError);
    expect(
      await testDb().auditEvent.count({
        where: { entityId: assessmentId, action: "governance.assessment_submitted" },
      }),
    ).toBe(1);
    // The other board admin is told it waits for publishing.
    expect(
      await testDb().notification.count({
        where: { userId: colleague.id, kind: "governance.submitted" },
      }),
    ).toBe(1);
    const again = await handleSubmitAssessment({
      actor: colleague,
      raw: { assessmentId },
      now: NOW,
    });
    expect(again).toMatchObject({ ok: true, alreadySubmitted: true });

    const locked = await refusal(
      saveAnswer({
        actor: boardAdmin,
        assessmentId,
        topic: "SHARED_PURPOSE",
        rating: 1,
        evidence: "After",
        version: 2,
        now: NOW,
      }),
    );
    expect(locked.code).toBe("INVALID_STATE");

    // Published by its board admin, then everyone reads it.
    expect((await refusal(getAssessment({ actor: null, assessmentId }))).code).toBe("NOT_FOUND");
    await setAssessmentPublished({ actor: boardAdmin, assessmentId, published: true, now: NOW });
    await setAssessmentPublished({ actor: boardAdmin, assessmentId, published: true, now: NOW });
    expect((await getAssessment({ actor: null, assessmentId })).assessment.publishedAt).toEqual(
      NOW,
    );
    expect(
      await testDb().auditEvent.count({
        where: { entityId: assessmentId, action: "governance.assessment_published" },
      }),
    ).toBe(1);
    await setAssessmentPublished({ actor: boardAdmin, assessmentId, published: false, now: NOW });
    expect((await refusal(getAssessment({ actor: null, assessmentId }))).code).toBe("NOT_FOUND");
  });

  it("reopening needs a reason, withdraws publication and is audited", async () => {
    const { footprint, boardAdmin } = await footprintWithAdmin();
    const assessment = await createAssessment({
      periodId: period.id,
      footprintId: footprint.id,
      state: "published",
    });
    const before = await testDb().governanceAssessment.findUniqueOrThrow({
      where: { id: assessment.id },
    });

    const blank = await handleReopenAssessment({
      actor: admin,
      raw: { assessmentId: assessment.id, reason: "   " },
      now: NOW,
    });
    expect("fieldErrors" in blank && blank.fieldErrors?.reason).toBe(
      "Enter why the assessment is being reopened",
    );
    expect(
      (await refusal(reopenAssessment({ actor: admin, assessmentId: assessment.id, reason: "" })))
        .code,
    ).toBe("INVALID_STATE");
    expect(
      (
        await refusal(
          reopenAssessment({ actor: boardAdmin, assessmentId: assessment.id, reason: "Mine" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      await testDb().governanceAssessment.findUniqueOrThrow({ where: { id: assessment.id } }),
    ).toEqual(before);
    // The database holds the rule too.
    await expect(
      testDb().governanceAssessment.update({
        where: { id: assessment.id },
        data: { reopenedAt: new Date() },
      }),
    ).rejects.toThrow();

    const reason = "The evidence for independent scrutiny names a committee that no longer meets.";
    const result = await handleReopenAssessment({
      actor: admin,
      raw: { assessmentId: assessment.id, reason },
      now: NOW,
    });
    expect(result).toMatchObject({ ok: true });
    const after = await testDb().governanceAssessment.findUniqueOrThrow({
      where: { id: assessment.id },
    });
    expect(after).toMatchObject({
      status: "DRAFT",
      publishedAt: null,
      reopenReason: reason,
      reopenedAt: NOW,
    });
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { entityId: assessment.id, action: "governance.assessment_reopened" },
    });
    expect(event).toMatchObject({ actorId: admin.id, reason });
    expect(event.before).toMatchObject({
      status: "SUBMITTED",
      publishedAt: before.publishedAt!.toISOString(),
    });
    expect(event.after).toMatchObject({ status: "DRAFT", publishedAt: null, reopenReason: reason });
    expect(
      await testDb().notification.count({
        where: { userId: boardAdmin.id, kind: "governance.reopened" },
      }),
    ).toBe(1);
    // Every answer is kept, and can be changed again.
    expect(
      await testDb().governanceRating.count({ where: { assessmentId: assessment.id, rating: 3 } }),
    ).toBe(15);
    await saveAnswer({
      actor: boardAdmin,
      assessmentId: assessment.id,
      topic: "Q_INDEPENDENT_SCRUTINY",
      rating: 2,
      evidence: "Fixed",
      version: 1,
      now: NOW,
    });
    // Not a draft: nothing to reopen.
    expect(
      (await refusal(reopenAssessment({ actor: admin, assessmentId: assessment.id, reason }))).code,
    ).toBe("INVALID_STATE");
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { footprint, boardAdmin } = await footprintWithAdmin();
    const assessmentId = await startDraft(boardAdmin, footprint.id);
    const base = {
      assessmentId,
      topic: "communication",
      version: "1",
      rating: "2",
      evidence: "Fine",
    };
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ ...base, rating: "5" }, "rating"],
      [{ ...base, rating: "2.0" }, "rating"],
      [{ ...base, rating: ["1", "2"] }, "rating"],
      [{ ...base, evidence: "<script>alert(1)</script>" }, "evidence"],
      [{ ...base, evidence: "a".repeat(5001) }, "evidence"],
      [{ ...base, evidence: "nul\u0000" }, "evidence"],
      [{ ...base, version: "" }, "version"],
      [{ ...base, topic: "made-up" }, "topic"],
    ];
    for (const [raw, field] of cases) {
      const state = await handleSaveAnswer({ actor: boardAdmin, raw, now: NOW });
      expect(
        "fieldErrors" in state && state.fieldErrors?.[field],
        JSON.stringify(raw).slice(0, 80),
      ).toBeTruthy();
    }
    const outsider = await createUser();
    const actionBase = {
      assessmentId,
      topic: "communication",
      description: "Publish the papers",
      ownerId: boardAdmin.id,
      dueOn: "2027-03-31",
      status: "NOT_STARTED",
    };
    const actionCases: Array<[Record<string, string>, string]> = [
      [{ ...actionBase, dueOn: "2027-02-30" }, "dueOn"],
      [{ ...actionBase, dueOn: "" }, "dueOn"],
      [{ ...actionBase, description: "  " }, "description"],
      [{ ...actionBase, status: "FINISHED" }, "status"],
      [{ ...actionBase, ownerId: outsider.id }, "ownerId"],
      [{ ...actionBase, actionId: "some-action" }, "version"],
    ];
    for (const [raw, field] of actionCases) {
      const state = await handleSaveAction({ actor: boardAdmin, raw, now: NOW });
      expect("fieldErrors" in state && state.fieldErrors?.[field], field).toBeTruthy();
    }
    expect(await testDb().governanceAction.count({ where: { assessmentId } })).toBe(0);
    expect(
      await testDb().governanceRating.count({ where: { assessmentId, version: { gt: 1 } } }),
    ).toBe(0);
    expect(await testDb().auditEvent.count({ where: { entityId: assessmentId } })).toBe(1);
  });

  it("audits every changed field of an action, a period and an answer", async () => {
    const { footprint, boardAdmin } = await footprintWithAdmin();
    const organisation = await createOrganisation({ footprintIds: [footprint.id] });
    const appointee = await createMemberActor({ organisationId: organisation.id });
    const assessmentId = await startDraft(boardAdmin, footprint.id);
    const owners = await listActionOwners({ actor: boardAdmin, assessmentId, now: NOW });
    expect(owners.map((o) => o.id).sort()).toEqual([boardAdmin.id, appointee.actor.id].sort());
    const fields = {
      description: "First",
      ownerId: boardAdmin.id,
      dueOn: new Date("2027-03-31"),
      status: "NOT_STARTED" as "NOT_STARTED" | "IN_PROGRESS" | "DONE",
    };
    const { actionId } = await saveAction({
      actor: boardAdmin,
      assessmentId,
      topic: "COMMUNICATION",
      fields,
      now: NOW,
    });
    const edits: Array<[string, Partial<typeof fields>]> = [
      ["description", { description: "Second" }],
      ["ownerId", { ownerId: appointee.actor.id }],
      ["dueOn", { dueOn: new Date("2027-06-30") }],
      ["status", { status: "IN_PROGRESS" }],
    ];
    let current = { ...fields };
    for (const [field, change] of edits) {
      const row = await testDb().governanceAction.findUniqueOrThrow({ where: { id: actionId } });
      current = { ...current, ...change };
      await saveAction({
        actor: boardAdmin,
        assessmentId,
        topic: "COMMUNICATION",
        actionId,
        version: row.version,
        fields: current,
        now: NOW,
      });
      const event = await testDb().auditEvent.findFirstOrThrow({
        where: { entityType: "GovernanceAction", entityId: actionId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      const before = event.before as Record<string, unknown>;
      const after = event.after as Record<string, unknown>;
      expect(field in before && field in after, field).toBe(true);
      expect(JSON.stringify(before[field])).not.toBe(JSON.stringify(after[field]));
    }
    // A stale edit of an action is refused.
    expect(
      (
        await refusal(
          saveAction({
            actor: boardAdmin,
            assessmentId,
            topic: "COMMUNICATION",
            actionId,
            version: 1,
            fields,
            now: NOW,
          }),
        )
      ).code,
    ).toBe("STALE_WRITE");
    const row = await testDb().governanceAction.findUniqueOrThrow({ where: { id: actionId } });
    await removeAction({
      actor: boardAdmin,
      assessmentId,
      actionId,
      version: row.version,
      now: NOW,
    });
    const removed = await testDb().auditEvent.findFirstOrThrow({
      where: { entityId: actionId, action: "governance.action_removed" },
    });
    expect(removed.before).toMatchObject({ description: "Second", status: "IN_PROGRESS" });

    // A period's name and deadline, one at a time.
    const p = await testDb().governancePeriod.findUniqueOrThrow({ where: { id: period.id } });
    const renamed = `${p.name} (renamed ${unique()})`;
    await updatePeriod({
      actor: admin,
      periodId: p.id,
      version: p.version,
      name: renamed,
      closesAt: p.closesAt,
    });
    let event = await testDb().auditEvent.findFirstOrThrow({
      where: { entityType: "GovernancePeriod", entityId: p.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(event.before).toMatchObject({ name: p.name });
    expect(event.after).toMatchObject({ name: renamed });
    expect(Object.keys(event.after as object)).not.toContain("closesAt");
    const later = new Date(p.closesAt.getTime() + 86_400_000);
    await updatePeriod({
      actor: admin,
      periodId: p.id,
      version: p.version + 1,
      name: renamed,
      closesAt: later,
    });
    event = await testDb().auditEvent.findFirstOrThrow({
      where: { entityType: "GovernancePeriod", entityId: p.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(event.after).toMatchObject({ closesAt: later.toISOString() });
    expect(
      (
        await refusal(
          updatePeriod({
            actor: admin,
            periodId: p.id,
            version: p.version,
            name: "x",
            closesAt: later,
          }),
        )
      ).code,
    ).toBe("STALE_WRITE");
    period = await testDb().governancePeriod.findUniqueOrThrow({ where: { id: p.id } });
  });
});

describe("overdue actions", () => {
  it("tells each overdue action's owner once; done or not yet due ones are left alone; a moved date is told again", async () => {
    const { footprint, boardAdmin } = await footprintWithAdmin();
    const assessmentId = await startDraft(boardAdmin, footprint.id);
    const add = (dueOn: string, status: "NOT_STARTED" | "IN_PROGRESS" | "DONE") =>
      saveAction({
        actor: boardAdmin,
        assessmentId,
        topic: "Q_AUDIT_AND_ASSURANCE",
        fields: {
          description: `Due ${dueOn}, ${status}`,
          ownerId: boardAdmin.id,
          dueOn: new Date(dueOn),
          status,
        },
        now: NOW,
      });
    const overdue = await add("2026-11-30", "IN_PROGRESS");
    await add("2026-11-30", "DONE");
    // Due today (UK): not overdue yet.
    await add("2026-12-01", "NOT_STARTED");

    const runs = await Promise.all([
      notifyOverdueActions({ now: NOW }),
      notifyOverdueActions({ now: NOW }),
    ]);
    expect(runs.reduce((n, r) => n + r.notified, 0)).toBeGreaterThanOrEqual(1);
    const mine = () =>
      testDb().notification.findMany({
        where: { userId: boardAdmin.id, kind: "governance.action_overdue" },
      });
    expect(await mine()).toHaveLength(1);
    expect((await mine())[0]!.body).toContain("Due 2026-11-30, IN_PROGRESS");
    await notifyOverdueActions({ now: NOW });
    expect(await mine()).toHaveLength(1);

    // The footprint's view flags it.
    const view = await getFootprintGovernance({
      actor: boardAdmin,
      footprintId: footprint.id,
      now: NOW,
    });
    expect(view.openActions.filter((a) => a.overdue).map((a) => a.id)).toEqual([overdue.actionId]);

    // Moving the date clears the notice; when the new date passes too, the owner is told again.
    const row = await testDb().governanceAction.findUniqueOrThrow({
      where: { id: overdue.actionId },
    });
    await saveAction({
      actor: boardAdmin,
      assessmentId,
      topic: "Q_AUDIT_AND_ASSURANCE",
      actionId: overdue.actionId,
      version: row.version,
      fields: {
        description: row.description,
        ownerId: row.ownerId,
        dueOn: new Date("2026-12-15"),
        status: row.status,
      },
      now: NOW,
    });
    await notifyOverdueActions({ now: NOW });
    expect(await mine()).toHaveLength(1);
    await notifyOverdueActions({ now: new Date("2026-12-16T09:00:00Z") });
    expect(await mine()).toHaveLength(3); // the moved one, and the one due on 1 December
  });
});

describe("periods", () => {
  it("one period is open at a time; closing and opening are audited", async () => {
    const p = await testDb().governancePeriod.findUniqueOrThrow({ where: { id: period.id } });
    expect(
      (
        await refusal(
          openPeriod({
            actor: admin,
            name: unique("Second"),
            closesAt: new Date("2099-06-01"),
            now: NOW,
          }),
        )
      ).code,
    ).toBe("INVALID_STATE");
    const member = (await createMemberActor()).actor;
    expect(
      (await refusal(closePeriod({ actor: member, periodId: p.id, version: p.version, now: NOW })))
        .code,
    ).toBe("NOT_FOUND");
    await closePeriod({ actor: admin, periodId: p.id, version: p.version, now: NOW });
    expect(
      await testDb().auditEvent.count({
        where: { entityId: p.id, action: "governance.period_closed" },
      }),
    ).toBe(1);
    // A deadline already past is refused.
    expect(
      (
        await refusal(
          openPeriod({
            actor: admin,
            name: unique("Past"),
            closesAt: new Date("2026-01-01"),
            now: NOW,
          }),
        )
      ).field,
    ).toBe("closesAt");

    // Two admins opening at once: exactly one period opens.
    const attempts = await Promise.allSettled([
      openPeriod({
        actor: admin,
        name: unique("Open A"),
        closesAt: new Date("2099-01-29T17:00:00Z"),
        now: NOW,
      }),
      openPeriod({
        actor: admin,
        name: unique("Open B"),
        closesAt: new Date("2099-01-29T17:00:00Z"),
        now: NOW,
      }),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().governancePeriod.count({ where: { state: "OPEN" } })).toBe(1);
    const opened = (
      attempts.find((a) => a.status === "fulfilled") as PromiseFulfilledResult<{ periodId: string }>
    ).value;
    expect(
      await testDb().auditEvent.count({
        where: { entityId: opened.periodId, action: "governance.period_opened" },
      }),
    ).toBe(1);
  });
});
