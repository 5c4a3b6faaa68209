/** The webinars, the national learning event, registrations and a draft learning report, as they are today. */
import { EventKind, RegistrationStatus } from "../../lib/generated/prisma/enums";
import type { SeedModule } from "./module";
import { londonTime } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { slugify } from "./shared/text";

async function writeEventsAndLearning(db: Db, ids: Ids): Promise<void> {
  const events = [
    {
      id: "seed-event-webinar-introduction",
      title: "Introducing the pilot sites round",
      description:
        "What the round funds, how bids are scored, and questions from footprints thinking of bidding.",
      kind: EventKind.WEBINAR,
      startsAt: londonTime("2026-10-08T12:30"),
      endsAt: londonTime("2026-10-08T13:30"),
      location: "Online",
      onlineUrl: "https://example.org/webinars/pilot-sites-introduction",
      capacity: 300,
      published: true,
    },
    {
      id: "seed-event-webinar-writing-a-bid",
      title: "Writing a strong bid: questions and answers",
      description:
        "Programme staff answer questions about the bid sections, the budget and partner organisations.",
      kind: EventKind.WEBINAR,
      startsAt: londonTime("2026-12-03T12:30"),
      endsAt: londonTime("2026-12-03T13:30"),
      location: "Online",
      onlineUrl: "https://example.org/webinars/writing-a-strong-bid",
      capacity: 300,
      published: true,
    },
    {
      id: "seed-event-national-learning-2027",
      title: "National learning event 2027",
      description:
        "The pilot sites share what they have learned about setting up and running a non-executive community network.",
      kind: EventKind.NATIONAL_LEARNING_EVENT,
      startsAt: londonTime("2027-06-17T10:00"),
      endsAt: londonTime("2027-06-17T16:00"),
      location: "Birmingham (venue to be confirmed)",
      onlineUrl: null,
      capacity: 250,
      published: true,
    },
  ];
  await db.event.createMany({ data: events, skipDuplicates: true });
  const registrations: Array<[string, string, RegistrationStatus]> = [
    ["seed-event-webinar-introduction", "member@example.org", RegistrationStatus.ATTENDED],
    [
      "seed-event-webinar-introduction",
      "member.lancashire-and-south-cumbria@example.org",
      RegistrationStatus.ATTENDED,
    ],
    [
      "seed-event-webinar-introduction",
      "member.west-yorkshire@example.org",
      RegistrationStatus.ATTENDED,
    ],
    ["seed-event-webinar-introduction", "member.devon@example.org", RegistrationStatus.CANCELLED],
    ["seed-event-webinar-writing-a-bid", "member@example.org", RegistrationStatus.REGISTERED],
    [
      "seed-event-webinar-writing-a-bid",
      "member.norfolk-and-waveney@example.org",
      RegistrationStatus.REGISTERED,
    ],
    ["seed-event-national-learning-2027", "member@example.org", RegistrationStatus.REGISTERED],
    [
      "seed-event-national-learning-2027",
      "board.surrey@example.org",
      RegistrationStatus.REGISTERED,
    ],
  ];
  await db.eventRegistration.createMany({
    data: registrations.map(([eventId, email, status]) => ({
      id: `${eventId.replace("seed-event", "seed-registration")}-${slugify(email.split("@")[0] ?? email)}`,
      eventId,
      userId: idOf(ids.users, email, "user"),
      status,
    })),
    skipDuplicates: true,
  });
  await db.learningReport.createMany({
    data: [
      {
        id: "seed-learning-report-surrey-heartlands-draft",
        networkId: "seed-network-surrey-heartlands",
        title: "Attaching a non-executive to every workstream: Surrey Heartlands",
        summary:
          "How a lay member and NED discussion group came to have a non-executive attached to each of the " +
          "footprint's 13 workstreams, and what that changed.",
        setup:
          "The group grew out of the lay members' meetings of the three Surrey CCGs before they merged, and " +
          "invited the trusts' NEDs from its second year.",
        challenges:
          "Finding time for workstream meetings alongside board duties; keeping members who left their posts.",
        achievements: "",
        published: false,
        authorId: idOf(ids.users, "admin@example.org", "user"),
      },
    ],
    skipDuplicates: true,
  });
}

export const eventsAndLearning: SeedModule = {
  name: "events and learning",
  plan() {
    return async (db, ids) => {
      await writeEventsAndLearning(db, ids);
      return "Events and learning reports";
    };
  },
};
