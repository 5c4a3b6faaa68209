import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/session";
import {
  handleSaveBudget,
  handleSaveSection,
  handleStartBid,
  handleSubmitBid,
} from "@/lib/bids/bid-forms";
import { addCoAuthor } from "@/lib/bids/add-co-author";
import { getBid } from "@/lib/bids/get-bid";
import { saveSection, StaleSectionError } from "@/lib/bids/save-section";
import { startBid } from "@/lib/bids/start-bid";
import { submitBid } from "@/lib/bids/submit-bid";
import { withdrawBid } from "@/lib/bids/withdraw-bid";
import { prisma } from "@/lib/db/prisma";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { londonTimeToInstant } from "@/lib/rounds/london-time";
import {
  createBid,
  createFootprint,
  createMemberIn,
  createRound,
  createUser,
  testDb,
} from "../factories";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor({ userId });
  if (!actor) throw new Error("no actor");
  return actor;
}

/** A footprint, two members of it (lead and co-author), an open round and a draft bid. */
async function setUp({ closesAt, complete = true }: { closesAt?: Date; complete?: boolean } = {}) {
  const footprint = await createFootprint();
  const lead = await createMemberIn({ footprintId: footprint.id });
  const coAuthor = await createMemberIn({
    footprintId: footprint.id,
    organisationId: lead.organisationId,
  });
  const round = await createRound({ closesAt });
  const bid = await createBid({
    roundId: round.id,
    footprintId: footprint.id,
    leadUserId: lead.id,
    coAuthorIds: [coAuthor.id],
    complete,
  });
  return {
    footprint,
    round,
    bid,
    lead: await actorFor(lead.id),
    coAuthor: await actorFor(coAuthor.id),
  };
}

async function auditActions(bidId: string) {
  const events = await testDb().auditEvent.findMany({
    where: { entityType: "Bid", entityId: bidId },
    orderBy: { createdAt: "asc" },
  });
  return events.map((e) => e.action);
}

describe("the deadline, in Europe/London time", () => {
  beforeEach(() => {
    vi.spyOn(console, "info").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ["winter (GMT)", "2027-01-29T12:00", "2027-01-29T12:00:00.000Z"],
    ["summer (BST)", "2027-07-15T12:00", "2027-07-15T11:00:00.000Z"],
  ])("in %s, a bid one second before the close is submitted", async (_, local, utc) => {
    const closesAt = londonTimeToInstant(local);
    expect(closesAt.toISOString()).toBe(utc);
    const { bid, lead } = await setUp({ closesAt });
    await submitBid({
      actor: lead,
      bidId: bid.id,
      declarationAccepted: true,
      now: new Date(closesAt.getTime() - 1000),
    });
    const after = await testDb().bid.findUniqueOrThrow({ where: { id: bid.id } });
    expect(after.state).toBe("SUBMITTED");
    expect(after.submittedAt).toEqual(new Date(closesAt.getTime() - 1000));
    expect(await auditActions(bid.id)).toEqual(["bid.submitted"]);
  });

  it.each([
    ["winter (GMT)", "2027-01-29T12:00"],
    ["summer (BST)", "2027-07-15T12:00"],
  ])(
    "in %s, a bid one second after the close is refused, and the draft stays readable",
    async (_, local) => {
      const closesAt = londonTimeToInstant(local);
      const { bid, lead, coAuthor } = await setUp({ closesAt });
      const now = new Date(closesAt.getTime() + 1000);
      await expect(
        submitBid({ actor: lead, bidId: bid.id, declarationAccepted: true, now }),
      ).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
      await expect(
        saveSection({
          actor: coAuthor,
          bidId: bid.id,
          key: "TIMELINE",
          body: "late",
          version: 1,
          now,
        }),
      ).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
      const view = await getBid({ actor: coAuthor, bidId: bid.id, now });
      expect(view.state).toBe("DRAFT");
      expect(view.canEdit).toBe(false);
      expect(view.window).toBe("closed");
      expect(view.sections.find((s) => s.key === "TIMELINE")?.body).toBe("Answer for TIMELINE");
      expect(await auditActions(bid.id)).toEqual([]);
    },
  );
});

describe("saving a section", () => {
  it("of two saves from the same version, one lands and the other is told, seeing both", async () => {
    const { bid, lead, coAuthor } = await setUp({ complete: false });
    const first = await saveSection({
      actor: lead,
      bidId: bid.id,
      key: "INNOVATION",
      body: "The lead's text",
      version: 1,
    });
    expect(first.version).toBe(2);
    const error = await saveSection({
      actor: coAuthor,
      bidId: bid.id,
      key: "INNOVATION",
      body: "The co-author's text",
      version: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleSectionError);
    expect((error as StaleSectionError).code).toBe("STALE_WRITE");
    expect((error as StaleSectionError).current).toMatchObject({
      body: "The lead's text",
      version: 2,
      updatedByName: lead.name,
    });
    const section = await testDb().bidSection.findUniqueOrThrow({
      where: { bidId_key: { bidId: bid.id, key: "INNOVATION" } },
    });
    expect(section).toMatchObject({ body: "The lead's text", version: 2, updatedById: lead.id });
    expect(await auditActions(bid.id)).toEqual(["bid.section_saved"]);

    // Having seen both, the co-author chooses to keep theirs: a save from the version they saw.
    await saveSection({
      actor: coAuthor,
      bidId: bid.id,
      key: "INNOVATION",
      body: "The co-author's text",
      version: 2,
    });
    expect(
      (await getBid({ actor: lead, bidId: bid.id })).sections.find((s) => s.key === "INNOVATION"),
    ).toMatchObject({ body: "The co-author's text", version: 3 });
  });

  it("two saves from the same version at once: exactly one lands", async () => {
    const { bid, lead, coAuthor } = await setUp({ complete: false });
    const results = await Promise.allSettled([
      saveSection({ actor: lead, bidId: bid.id, key: "AMBITION", body: "A", version: 1 }),
      saveSection({ actor: coAuthor, bidId: bid.id, key: "AMBITION", body: "B", version: 1 }),
    ]);
    const landed = results.filter((r) => r.status === "fulfilled");
    expect(landed).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StaleSectionError);
    const section = await testDb().bidSection.findUniqueOrThrow({
      where: { bidId_key: { bidId: bid.id, key: "AMBITION" } },
    });
    expect(section.version).toBe(2);
    expect(section.body).toBe(results[0]!.status === "fulfilled" ? "A" : "B");
    expect((refused.reason as StaleSectionError).current.body).toBe(section.body);
  });

  it("refuses oversize text and markup with field errors, and writes nothing", async () => {
    const { bid, lead } = await setUp({ complete: false });
    const base = { bidId: bid.id, section: "innovation", version: "1" };
    const oversize = await handleSaveSection({
      actor: lead,
      raw: { ...base, body: "x".repeat(5001) },
    });
    expect(oversize).toMatchObject({
      fieldErrors: { body: "Your answer must be 5,000 characters or fewer" },
    });
    const markup = await handleSaveSection({
      actor: lead,
      raw: { ...base, body: 'Our plan <script>alert("x")</script>' },
    });
    expect(markup).toMatchObject({ fieldErrors: { body: expect.stringMatching(/plain text/) } });
    // The text comes back to the form as typed, to be shown (escaped) in the textarea.
    expect(markup).toMatchObject({ values: { body: 'Our plan <script>alert("x")</script>' } });
    const section = await testDb().bidSection.findUniqueOrThrow({
      where: { bidId_key: { bidId: bid.id, key: "INNOVATION" } },
    });
    expect(section).toMatchObject({ body: "", version: 1 });
    expect(await auditActions(bid.id)).toEqual([]);

    const fine = await handleSaveSection({
      actor: lead,
      raw: { ...base, body: "Costs < £5,000 & more" },
    });
    expect(fine).toMatchObject({ ok: true, version: 2 });
  });
});

describe("the budget form", () => {
  it.each([
    [{ amount: "-100" }, "amount", /£0 or more/],
    [{ amount: "lots" }, "amount", /amount in pounds/],
    [{ "amount-0": "-5" }, "amount-0", /£0 or more/],
    [{ "amount-0": "five" }, "amount-0", /amount in pounds/],
    [{ "description-0": "<b>Staff</b>" }, "description-0", /plain text/],
  ])("refuses %j with a field error and writes nothing", async (change, field, message) => {
    const { bid, lead } = await setUp({ complete: false });
    const result = await handleSaveBudget({
      actor: lead,
      raw: {
        bidId: bid.id,
        version: "1",
        amount: "30000",
        "description-0": "Coordinator",
        "amount-0": "30000",
        ...change,
      },
    });
    expect(result).toMatchObject({ fieldErrors: { [field]: expect.stringMatching(message) } });
    const after = await testDb().bid.findUniqueOrThrow({
      where: { id: bid.id },
      include: { budgetLines: true },
    });
    expect(after).toMatchObject({ amountRequestedPence: 0, version: 1, budgetLines: [] });
    expect(await auditActions(bid.id)).toEqual([]);
  });

  it("saves the amount and lines in pence, skipping blank rows", async () => {
    const { bid, lead } = await setUp({ complete: false });
    const result = await handleSaveBudget({
      actor: lead,
      raw: {
        bidId: bid.id,
        version: "1",
        amount: "£30,000.50",
        "description-0": "Coordinator",
        "amount-0": "20000",
        "description-1": "",
        "amount-1": "",
        "description-2": "Events",
        "amount-2": "10000.50",
      },
    });
    expect(result).toMatchObject({ ok: true });
    const after = await testDb().bid.findUniqueOrThrow({
      where: { id: bid.id },
      include: { budgetLines: { orderBy: { position: "asc" } } },
    });
    expect(after.amountRequestedPence).toBe(3_000_050);
    expect(after.budgetLines.map((l) => [l.description, l.amountPence])).toEqual([
      ["Coordinator", 2_000_000],
      ["Events", 1_000_050],
    ]);
    expect(await auditActions(bid.id)).toEqual(["bid.budget_saved"]);
  });
});

describe("submitting", () => {
  beforeEach(() => {
    vi.spyOn(console, "info").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("ten submissions of one bid in parallel make exactly one submission", async () => {
    const { bid, lead, coAuthor } = await setUp();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        submitBid({ actor: i % 2 ? coAuthor : lead, bidId: bid.id, declarationAccepted: true }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "INVALID_STATE" });
    expect(await auditActions(bid.id)).toEqual(["bid.submitted"]);
    const notifications = await testDb().notification.findMany({
      where: { link: `/bids/${bid.id}` },
    });
    expect(notifications.map((n) => n.userId).sort()).toEqual([lead.id, coAuthor.id].sort());
  });

  it("a second click on Confirm and submit shows the first submission and submits nothing", async () => {
    const { bid, lead } = await setUp();
    const raw = { bidId: bid.id, declaration: "yes" };
    expect(await handleSubmitBid({ actor: lead, raw })).toEqual({
      ok: true,
      bidId: bid.id,
      alreadySubmitted: false,
    });
    expect(await handleSubmitBid({ actor: lead, raw })).toEqual({
      ok: true,
      bidId: bid.id,
      alreadySubmitted: true,
    });
    expect(await auditActions(bid.id)).toEqual(["bid.submitted"]);
  });

  it("the declaration is required by the form", async () => {
    const { bid, lead } = await setUp();
    expect(await handleSubmitBid({ actor: lead, raw: { bidId: bid.id } })).toMatchObject({
      fieldErrors: { declaration: expect.stringMatching(/^Confirm/) },
    });
    expect((await testDb().bid.findUniqueOrThrow({ where: { id: bid.id } })).state).toBe("DRAFT");
  });

  it("refuses an incomplete bid, and one without the declaration", async () => {
    const { bid, lead } = await setUp({ complete: false });
    await expect(
      submitBid({ actor: lead, bidId: bid.id, declarationAccepted: true }),
    ).rejects.toMatchObject({ problems: expect.arrayContaining([expect.anything()]) });
    const complete = await setUp();
    await expect(
      submitBid({ actor: complete.lead, bidId: complete.bid.id, declarationAccepted: false }),
    ).rejects.toMatchObject({ problems: [expect.objectContaining({ field: "declaration" })] });
  });

  it("the emails go on the queue with the submission; without SMTP_URL the worker logs them", async () => {
    const { bid, lead, coAuthor } = await setUp();
    const since = new Date();
    await submitBid({ actor: lead, bidId: bid.id, declarationAccepted: true });
    const emails = await testDb().email.findMany({
      where: { to: { in: [lead.email, coAuthor.email] }, createdAt: { gte: since } },
    });
    expect(emails.map((e) => [e.to, e.status, e.subject]).sort()).toEqual(
      [lead.email, coAuthor.email]
        .sort()
        .map((to) => [to, "QUEUED", `Bid submitted: ${bid.title}`]),
    );
    const jobs = await testDb().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ANY(${emails.map((e) => `email:${e.id}`)})`;
    expect(Number(jobs[0]!.n)).toBe(2);

    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    for (const email of emails)
      await deliverEmail({ emailId: email.id, attempt: 1, maxAttempts: 10, mailer: null });
    const lines = info.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("[email]"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("SMTP_URL is not set");
    expect(lines.join("\n")).toContain(lead.email);
    expect(
      (await testDb().email.findMany({ where: { id: { in: emails.map((e) => e.id) } } })).map(
        (e) => e.status,
      ),
    ).toEqual(["LOGGED", "LOGGED"]);
  });

  it("the lead can withdraw a submitted bid before the deadline; a co-author cannot", async () => {
    const { bid, lead, coAuthor } = await setUp();
    await submitBid({ actor: lead, bidId: bid.id, declarationAccepted: true });
    await expect(withdrawBid({ actor: coAuthor, bidId: bid.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await withdrawBid({ actor: lead, bidId: bid.id });
    expect((await getBid({ actor: coAuthor, bidId: bid.id })).state).toBe("WITHDRAWN");
    expect(await auditActions(bid.id)).toEqual(["bid.submitted", "bid.withdrawn"]);
    await expect(withdrawBid({ actor: lead, bidId: bid.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
  });
});

describe("who may see and change a bid", () => {
  it("a member of another footprint gets NOT_FOUND for every read and write", async () => {
    const { bid } = await setUp();
    const elsewhere = await createFootprint();
    const outsider = await actorFor((await createMemberIn({ footprintId: elsewhere.id })).id);
    const now = new Date();
    await expect(getBid({ actor: outsider, bidId: bid.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveSection({ actor: outsider, bidId: bid.id, key: "SCALE", body: "x", version: 1, now }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitBid({ actor: outsider, bidId: bid.id, declarationAccepted: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawBid({ actor: outsider, bidId: bid.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      addCoAuthor({ actor: outsider, bidId: bid.id, email: outsider.email }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditActions(bid.id)).toEqual([]);
  });

  it("a programme admin reads every bid but cannot edit it", async () => {
    const { bid } = await setUp();
    const admin = await actorFor((await createUser({ roles: ["PROGRAMME_ADMIN"] })).id);
    expect((await getBid({ actor: admin, bidId: bid.id })).canEdit).toBe(false);
    await expect(
      saveSection({ actor: admin, bidId: bid.id, key: "SCALE", body: "x", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("co-authors come from the bid's footprint", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    const { bid, lead, footprint, coAuthor } = await setUp();
    const colleague = await createMemberIn({ footprintId: footprint.id });
    const outsider = await createMemberIn({ footprintId: (await createFootprint()).id });
    await expect(
      addCoAuthor({ actor: lead, bidId: bid.id, email: outsider.email }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", field: "email" });
    await expect(
      addCoAuthor({ actor: coAuthor, bidId: bid.id, email: colleague.email }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await addCoAuthor({ actor: lead, bidId: bid.id, email: colleague.email.toUpperCase() });
    const view = await getBid({ actor: await actorFor(colleague.id), bidId: bid.id });
    expect(view.canEdit).toBe(true);
    expect(
      await testDb().notification.count({
        where: { userId: colleague.id, kind: "bid.co_author_added" },
      }),
    ).toBe(1);
    vi.restoreAllMocks();
  });
});

describe("starting a bid", () => {
  it("one live bid per footprint per round, for members with an appointment there", async () => {
    const footprint = await createFootprint();
    const round = await createRound();
    const first = await actorFor((await createMemberIn({ footprintId: footprint.id })).id);
    const second = await actorFor((await createMemberIn({ footprintId: footprint.id })).id);
    const outsider = await actorFor(
      (await createMemberIn({ footprintId: (await createFootprint()).id })).id,
    );
    await expect(
      startBid({ actor: outsider, roundId: round.id, footprintId: footprint.id, title: "T" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const results = await Promise.allSettled([
      startBid({ actor: first, roundId: round.id, footprintId: footprint.id, title: "One" }),
      startBid({ actor: second, roundId: round.id, footprintId: footprint.id, title: "Two" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason,
    ).toMatchObject({ code: "ALREADY_EXISTS" });
    const bids = await testDb().bid.findMany({
      where: { roundId: round.id },
      include: { sections: true },
    });
    expect(bids).toHaveLength(1);
    expect(bids[0]!.sections).toHaveLength(8);
    expect(await auditActions(bids[0]!.id)).toEqual(["bid.started"]);
  });

  it("refuses a title with markup", async () => {
    const footprint = await createFootprint();
    const round = await createRound();
    const actor = await actorFor((await createMemberIn({ footprintId: footprint.id })).id);
    const result = await handleStartBid({
      actor,
      raw: { roundId: round.id, footprintId: footprint.id, title: "<img src=x>" },
    });
    expect(result).toMatchObject({ fieldErrors: { title: expect.stringMatching(/plain text/) } });
    expect(await testDb().bid.count({ where: { roundId: round.id } })).toBe(0);
  });
});
