/**
 * The demo seed: the real 7 NHS England regions, 42 ICSs, 44 STPs of 2017, CCGs, ICBs and NHS trusts
 * (prisma/data, Open Government Licence), plus synthetic people, networks, workstreams, a funding round
 * with bids, events and the demo user accounts; a second round, in assessment, is in seed-assessment.ts.
 *
 * Running it again leaves the same rows: reference data is upserted on its natural keys (ODS/ONS
 * codes, names, e-mails) and every synthetic row has a deterministic id, inserted only when missing,
 * so what demo users changed since (a submitted draft, an ended assignment) is kept. The synthetic
 * data comes from a seeded PRNG, never Math.random, so every run and every machine builds the same.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import {
  AppointmentRole,
  AssignmentRole,
  BidSectionKey,
  BidState,
  ContactPreference,
  EventKind,
  FieldVisibility,
  FootprintKind,
  InterestType,
  JoinRequestStatus,
  MembershipRole,
  NetworkStatus,
  OrganisationKind,
  RegistrationStatus,
  Role,
  RoundState,
  SeatStatus,
  WorkstreamStatus,
} from "../lib/generated/prisma/enums";
import { parseCsvRecords } from "./csv";
import { WAVE_ONE_SLUG, planWaveOne, writeWaveOne } from "./seed-assessment";

export const DEMO_PASSWORD = "demo-password-2026";

export type DemoAccount = { email: string; role: Role; description: string };

/** The accounts a demo user signs in with, all with DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "member@example.org",
    role: Role.MEMBER,
    description:
      "Lay member in Surrey Heartlands: member of its network, leads a workstream, drafting its bid",
  },
  {
    email: "assessor@example.org",
    role: Role.ASSESSOR,
    description: "NHSCC assessor for the pilot sites round",
  },
  {
    email: "admin@example.org",
    role: Role.PROGRAMME_ADMIN,
    description: "NHSCC programme admin: rounds, assessors, decisions, users, audit log",
  },
  {
    email: "board.surrey@example.org",
    role: Role.BOARD_ADMIN,
    description: "Board admin for Surrey Heartlands ICS: its 13 workstreams and assignments",
  },
  {
    email: "board.westyorkshire@example.org",
    role: Role.BOARD_ADMIN,
    description: "Board admin for West Yorkshire ICS",
  },
];

/** Row counts after seeding: whole tables, so rows that users added since are counted too. */
export type SeedSummary = {
  regions: number;
  footprints: Record<FootprintKind, number>;
  organisations: number;
  organisationsByKind: Record<OrganisationKind, number>;
  people: number;
  users: number;
  networks: number;
  workstreams: number;
  boardSeats: number;
  assignments: number;
  fundingRounds: number;
  bids: number;
  bidsByState: Partial<Record<BidState, number>>;
  events: number;
};

export type SeedOptions = { log?: (line: string) => void };

export type Db = Prisma.TransactionClient;

const DATA_DIR = path.join(import.meta.dirname, "data");

// ---------------------------------------------------------------------------
// Deterministic randomness and dates
// ---------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG; enough for demo data and identical on every platform. */
function createMulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so each part of the seed has its own stream: changing one part does not reshuffle the others. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Rng = {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
  dateBetween(from: Date, to: Date): Date;
};

function createRng(label: string): Rng {
  const next = createMulberry32(hashLabel(label));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error(`pick from an empty list (${label})`);
      return items[int(0, items.length - 1)] as T;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, Math.min(count, pool.length));
    },
    dateBetween(from, to) {
      const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
      return new Date(from.getTime() + int(0, Math.max(0, days)) * DAY_MS);
    },
  };
}

const DAY_MS = 86_400_000;

/** A calendar date (a @db.Date column) as Prisma wants it: midnight UTC. */
function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function laterOf(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function earlierOf(a: Date, b: Date): Date {
  return a < b ? a : b;
}

function parseCompactDate(value: string): Date | null {
  if (!value) return null;
  return day(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`);
}

/** The UTC offset of Europe/London at an instant, in milliseconds (0 in GMT, one hour in BST). */
function getLondonOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - instant.getTime();
}

/**
 * The instant of a UK wall-clock time ("2026-10-01T09:00"). Rounds open and close in UK time, which
 * is UTC+1 in summer; the second pass settles times near a clock change.
 */
export function londonTime(local: string): Date {
  const asUtc = new Date(`${local}:00.000Z`).getTime();
  const firstGuess = asUtc - getLondonOffsetMs(new Date(asUtc));
  return new Date(asUtc - getLondonOffsetMs(new Date(firstGuess)));
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function requireValue<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Seed data is missing ${what}`);
  return value;
}

// ---------------------------------------------------------------------------
// Reference data from prisma/data
// ---------------------------------------------------------------------------

const REGIONS = [
  { odsCode: "Y56", onsCode: "E40000003", name: "London" },
  { odsCode: "Y58", onsCode: "E40000006", name: "South West" },
  { odsCode: "Y59", onsCode: "E40000005", name: "South East" },
  { odsCode: "Y60", onsCode: "E40000008", name: "Midlands" },
  { odsCode: "Y61", onsCode: "E40000007", name: "East of England" },
  { odsCode: "Y62", onsCode: "E40000010", name: "North West" },
  { odsCode: "Y63", onsCode: "E40000009", name: "North East and Yorkshire" },
] as const;

/**
 * 2017 STPs whose CCGs had all merged by 2020 and whose ONS code and name match no ICS, so the data
 * cannot place them; their region is public knowledge.
 */
const STP_REGION_FALLBACK: Record<string, string> = {
  Derbyshire: "Y60",
  Nottinghamshire: "Y60",
  "Durham, Darlington, Teesside, Hambleton, Richmondshire and Whitby": "Y63",
};

/**
 * Demo additions, not from ODS, linked to one ICS each. The councils are real public bodies (their
 * names are public record); the voluntary-sector alliances are invented for the demo. None has an
 * ODS code, so each gets a deterministic id.
 */
const LOCAL_BODIES: Array<{ ics: string; kind: OrganisationKind; name: string }> = [
  { ics: "QXU", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Surrey County Council" },
  { ics: "QXU", kind: OrganisationKind.VOLUNTARY, name: "Surrey Voluntary Sector Alliance" },
  { ics: "QE1", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Lancashire County Council" },
  { ics: "QE1", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Blackpool Council" },
  {
    ics: "QE1",
    kind: OrganisationKind.LOCAL_AUTHORITY,
    name: "Blackburn with Darwen Borough Council",
  },
  { ics: "QE1", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Westmorland and Furness Council" },
  {
    ics: "QE1",
    kind: OrganisationKind.VOLUNTARY,
    name: "Lancashire and South Cumbria Voluntary Sector Alliance",
  },
  { ics: "QWO", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Leeds City Council" },
  {
    ics: "QWO",
    kind: OrganisationKind.LOCAL_AUTHORITY,
    name: "City of Bradford Metropolitan District Council",
  },
  { ics: "QWO", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Kirklees Council" },
  { ics: "QWO", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Calderdale Council" },
  { ics: "QWO", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Wakefield Council" },
  {
    ics: "QWO",
    kind: OrganisationKind.VOLUNTARY,
    name: "West Yorkshire Voluntary Sector Alliance",
  },
  { ics: "QMF", kind: OrganisationKind.LOCAL_AUTHORITY, name: "London Borough of Tower Hamlets" },
  { ics: "QMF", kind: OrganisationKind.LOCAL_AUTHORITY, name: "London Borough of Newham" },
  {
    ics: "QMF",
    kind: OrganisationKind.VOLUNTARY,
    name: "North East London Voluntary Sector Alliance",
  },
  { ics: "QYG", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Liverpool City Council" },
  { ics: "QYG", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Cheshire East Council" },
  { ics: "QHL", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Birmingham City Council" },
  {
    ics: "QHL",
    kind: OrganisationKind.LOCAL_AUTHORITY,
    name: "Solihull Metropolitan Borough Council",
  },
  {
    ics: "QHL",
    kind: OrganisationKind.VOLUNTARY,
    name: "Birmingham and Solihull Voluntary Sector Alliance",
  },
  { ics: "QMM", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Norfolk County Council" },
  { ics: "QMM", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Suffolk County Council" },
  { ics: "QT6", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Cornwall Council" },
  { ics: "QT6", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Council of the Isles of Scilly" },
  { ics: "QUE", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Cambridgeshire County Council" },
  { ics: "QUE", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Peterborough City Council" },
  { ics: "QJK", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Devon County Council" },
  { ics: "QJK", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Plymouth City Council" },
  { ics: "QJK", kind: OrganisationKind.VOLUNTARY, name: "Devon Voluntary Sector Alliance" },
  { ics: "QNX", kind: OrganisationKind.LOCAL_AUTHORITY, name: "West Sussex County Council" },
  { ics: "QNX", kind: OrganisationKind.LOCAL_AUTHORITY, name: "East Sussex County Council" },
  { ics: "QNX", kind: OrganisationKind.LOCAL_AUTHORITY, name: "Brighton and Hove City Council" },
];

/** ICBs were established on 1 July 2022; no appointment at one starts earlier. */
const ICB_ESTABLISHED = day("2022-07-01");

type RegionSeed = { id: string; odsCode: string; onsCode: string; name: string };

type FootprintSeed = {
  id: string;
  /** "ICS:<ods>", "STP:<ons>" or "ICP:<id>": how the seed refers to a footprint before it has a row id. */
  key: string;
  kind: FootprintKind;
  name: string;
  odsCode: string | null;
  onsCode: string | null;
  regionCode: string;
  parentKey: string | null;
};

type OrganisationSeed = {
  id: string;
  /** The ODS code, or the deterministic id for the demo additions that have none. */
  key: string;
  kind: OrganisationKind;
  name: string;
  odsCode: string | null;
  onsCode: string | null;
  postcode: string | null;
  openedOn: Date | null;
  closedOn: Date | null;
  regionCode: string | null;
  /** The ICS the organisation belongs to in its own right (not through an approximated span). */
  homeIcs: string | null;
};

export type ReferenceData = {
  regions: RegionSeed[];
  footprints: FootprintSeed[];
  organisations: OrganisationSeed[];
  links: Array<{ orgKey: string; footprintKey: string }>;
  footprintByKey: Map<string, FootprintSeed>;
  organisationByKey: Map<string, OrganisationSeed>;
  /** CCG ODS codes of each 2017 STP, by the STP's ONS code. */
  stpCcgCodes: Map<string, string[]>;
};

function readCsvFile(dir: string, name: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(path.join(dir, name), "utf8"));
}

function field(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`CSV column ${name} is missing`);
  return value.trim();
}

const SMALL_WORDS = new Set(["and", "of", "the", "for", "upon", "on", "in", "with"]);

/** ODS publishes trust names in capitals; show them as the trusts write them ("King's", "NHS", "and"). */
function formatTrustName(upperCase: string): string {
  return upperCase
    .toLowerCase()
    .split(" ")
    .map((word, index) => {
      if (word === "nhs") return "NHS";
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(" ");
}

function formatIcsName(icbName: string): string {
  return icbName.replace(/^NHS /, "").replace(/ Integrated Care Board$/, "");
}

export function icsKey(odsCode: string): string {
  return `ICS:${odsCode}`;
}

function stpKey(onsCode: string): string {
  return `STP:${onsCode}`;
}

function readReferenceData(dir = DATA_DIR): ReferenceData {
  const icss = readCsvFile(dir, "icss-2022.csv");
  const trusts = readCsvFile(dir, "nhs-trusts.csv");
  const ccgs2017 = readCsvFile(dir, "stps-2017-ccgs.csv");
  const ccgs2020 = readCsvFile(dir, "stps-2020-ccgs.csv");
  const icps = readCsvFile(dir, "icps.csv");

  const regions: RegionSeed[] = REGIONS.map((region) => ({
    id: `seed-region-${region.odsCode.toLowerCase()}`,
    ...region,
  }));
  const regionCodes = new Set<string>(REGIONS.map((region) => region.odsCode));

  const footprints: FootprintSeed[] = [];
  const organisations: OrganisationSeed[] = [];
  const links: Array<{ orgKey: string; footprintKey: string }> = [];

  // ICSs, and the ICB that runs each.
  const icsRegion = new Map<string, string>();
  const icsByOnsCode = new Map<string, string>();
  const icsByName = new Map<string, string>();
  for (const row of icss) {
    const odsCode = field(row, "icb_ods_code");
    const onsCode = field(row, "icb_ons_code");
    const regionCode = field(row, "nhser_ods_code");
    if (!regionCodes.has(regionCode))
      throw new Error(`Unknown region ${regionCode} for ICS ${odsCode}`);
    const name = formatIcsName(field(row, "icb_name"));
    icsRegion.set(odsCode, regionCode);
    icsByOnsCode.set(onsCode, odsCode);
    icsByName.set(name, odsCode);
    footprints.push({
      id: `seed-footprint-ics-${odsCode.toLowerCase()}`,
      key: icsKey(odsCode),
      kind: FootprintKind.ICS,
      name,
      odsCode,
      onsCode,
      regionCode,
      parentKey: null,
    });
    organisations.push({
      id: `seed-org-${odsCode.toLowerCase()}`,
      key: odsCode,
      kind: OrganisationKind.ICB,
      name: field(row, "icb_name"),
      odsCode,
      onsCode,
      postcode: null,
      openedOn: ICB_ESTABLISHED,
      closedOn: null,
      regionCode,
      homeIcs: odsCode,
    });
    links.push({ orgKey: odsCode, footprintKey: icsKey(odsCode) });
  }

  // STPs of 2017. Their file has no region: take the region most of their CCGs were in by 2020.
  const ccg2020Ics = new Map(
    ccgs2020.map((row) => [field(row, "CCG20CDH"), field(row, "STP20CDH")]),
  );
  const stpNames = new Map<string, string>();
  const stpVotes = new Map<string, Map<string, number>>();
  const stpCcgCodes = new Map<string, string[]>();
  for (const row of ccgs2017) {
    const stp = field(row, "STP17CD");
    stpNames.set(stp, field(row, "STP17NM"));
    stpCcgCodes.set(stp, [...(stpCcgCodes.get(stp) ?? []), field(row, "CCG17CDH")]);
    const votes = stpVotes.get(stp) ?? new Map<string, number>();
    stpVotes.set(stp, votes);
    const ics = ccg2020Ics.get(field(row, "CCG17CDH"));
    const region = ics ? icsRegion.get(ics) : undefined;
    if (region) votes.set(region, (votes.get(region) ?? 0) + 1);
  }
  const stpRegion = new Map<string, string>();
  for (const [onsCode, name] of stpNames) {
    const votes = [...(stpVotes.get(onsCode) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const sameIcs = icsByOnsCode.get(onsCode) ?? icsByName.get(name);
    const regionCode =
      votes[0]?.[0] ??
      (sameIcs ? icsRegion.get(sameIcs) : undefined) ??
      STP_REGION_FALLBACK[name] ??
      requireValue<string>(undefined, `a region for STP ${onsCode} ${name}`);
    stpRegion.set(onsCode, regionCode);
    footprints.push({
      id: `seed-footprint-stp-${onsCode.toLowerCase()}`,
      key: stpKey(onsCode),
      kind: FootprintKind.STP,
      name,
      odsCode: null,
      onsCode,
      regionCode,
      parentKey: null,
    });
  }

  // CCGs: the union of both files by ODS code; the 2020 record is the later name.
  const ccgs = new Map<string, OrganisationSeed>();
  for (const row of ccgs2017) {
    const odsCode = field(row, "CCG17CDH");
    const stp = field(row, "STP17CD");
    ccgs.set(odsCode, {
      id: `seed-org-${odsCode.toLowerCase()}`,
      key: odsCode,
      kind: OrganisationKind.CCG,
      name: field(row, "CCG17NM"),
      odsCode,
      onsCode: field(row, "CCG17CD"),
      postcode: null,
      openedOn: null,
      closedOn: null,
      regionCode: stpRegion.get(stp) ?? null,
      homeIcs: null,
    });
    links.push({ orgKey: odsCode, footprintKey: stpKey(stp) });
  }
  for (const row of ccgs2020) {
    const odsCode = field(row, "CCG20CDH");
    const ics = field(row, "STP20CDH");
    const earlier = ccgs.get(odsCode);
    ccgs.set(odsCode, {
      id: earlier?.id ?? `seed-org-${odsCode.toLowerCase()}`,
      key: odsCode,
      kind: OrganisationKind.CCG,
      name: field(row, "CCG20NM"),
      odsCode,
      onsCode: field(row, "CCG20CD"),
      postcode: null,
      openedOn: null,
      closedOn: null,
      regionCode: icsRegion.get(ics) ?? earlier?.regionCode ?? null,
      homeIcs: ics,
    });
    links.push({ orgKey: odsCode, footprintKey: icsKey(ics) });
  }
  organisations.push(...ccgs.values());

  // NHS trusts, open and closed.
  for (const row of trusts) {
    const odsCode = field(row, "ods_code");
    const name = field(row, "name");
    const regionCode = field(row, "region_ods_code") || null;
    const ics = field(row, "icb_ods_code") || null;
    organisations.push({
      id: `seed-org-${odsCode.toLowerCase()}`,
      key: odsCode,
      kind: OrganisationKind.TRUST,
      name: formatTrustName(name),
      odsCode,
      onsCode: null,
      postcode: field(row, "postcode") || null,
      openedOn: parseCompactDate(field(row, "opened")),
      closedOn: parseCompactDate(field(row, "closed")),
      regionCode,
      homeIcs: ics,
    });
    if (ics) links.push({ orgKey: odsCode, footprintKey: icsKey(ics) });
    // Ambulance trusts serve several ICSs, but the data names only their host ICB. Linking them to
    // every ICS in their region approximates their real area (it over-reaches where a region has
    // two ambulance services, as the Midlands and North East and Yorkshire do).
    if (regionCode && name.includes("AMBULANCE")) {
      for (const [icsCode, icsRegionCode] of icsRegion) {
        if (icsRegionCode === regionCode && icsCode !== ics) {
          links.push({ orgKey: odsCode, footprintKey: icsKey(icsCode) });
        }
      }
    }
  }

  for (const body of LOCAL_BODIES) {
    const id = `seed-org-${slugify(body.name)}`;
    organisations.push({
      id,
      key: id,
      kind: body.kind,
      name: body.name,
      odsCode: null,
      onsCode: null,
      postcode: null,
      openedOn: null,
      closedOn: null,
      regionCode: requireValue(icsRegion.get(body.ics), `the region of ICS ${body.ics}`),
      homeIcs: body.ics,
    });
    links.push({ orgKey: id, footprintKey: icsKey(body.ics) });
  }

  // ICPs (hand-written); a CCG of the same name as the place is linked to it.
  const ccgByName = new Map([...ccgs.values()].map((ccg) => [ccg.name, ccg.key]));
  for (const row of icps) {
    const name = field(row, "name");
    const parent = field(row, "ics_ods_code");
    const id = `seed-footprint-icp-${parent.toLowerCase()}-${slugify(name)}`;
    footprints.push({
      id,
      key: `ICP:${id}`,
      kind: FootprintKind.ICP,
      name,
      odsCode: null,
      onsCode: null,
      regionCode: requireValue(icsRegion.get(parent), `ICS ${parent} of ICP ${name}`),
      parentKey: icsKey(parent),
    });
    const ccg = ccgByName.get(`NHS ${name} CCG`);
    if (ccg) links.push({ orgKey: ccg, footprintKey: `ICP:${id}` });
  }

  return {
    regions,
    footprints,
    organisations,
    links,
    footprintByKey: new Map(footprints.map((footprint) => [footprint.key, footprint])),
    organisationByKey: new Map(
      organisations.map((organisation) => [organisation.key, organisation]),
    ),
    stpCcgCodes,
  };
}

// ---------------------------------------------------------------------------
// Synthetic people
// ---------------------------------------------------------------------------

const SKILLS = [
  "Finance",
  "Audit and risk",
  "Clinical governance",
  "Patient and public involvement",
  "Digital",
  "Workforce",
  "Estates",
  "Population health",
  "Legal",
  "Communications",
  "Quality improvement",
  "Safeguarding",
  "Data and information governance",
  "Equality, diversity and inclusion",
] as const;

const SECTORS = [
  "NHS",
  "Local government",
  "Voluntary and community",
  "Private",
  "Academic",
  "Social care",
] as const;

type SkillName = (typeof SKILLS)[number];

/** How a skill reads inside a sentence of a bio. */
const SKILL_PHRASES: Record<SkillName, string> = {
  Finance: "finance",
  "Audit and risk": "audit and risk",
  "Clinical governance": "clinical governance",
  "Patient and public involvement": "patient and public involvement",
  Digital: "digital services",
  Workforce: "workforce planning",
  Estates: "estates and buildings",
  "Population health": "population health",
  Legal: "legal matters",
  Communications: "communications",
  "Quality improvement": "quality improvement",
  Safeguarding: "safeguarding",
  "Data and information governance": "data and information governance",
  "Equality, diversity and inclusion": "equality, diversity and inclusion",
};
type SectorName = (typeof SECTORS)[number];

// Common given and family names, combined at random: the people are synthetic, never real board members.
// prettier-ignore
const GIVEN_NAMES = [
  "Aisha", "Alan", "Amanda", "Andrew", "Angela", "Ben", "Bernadette", "Carol", "Chris", "Claire",
  "Colin", "Deborah", "Dev", "Elaine", "Emma", "Farah", "Gareth", "Gillian", "Hannah", "Harjit",
  "Ian", "Imran", "Jane", "Jasmine", "Julie", "Karen", "Keith", "Kwame", "Laura", "Linda",
  "Mark", "Maureen", "Michael", "Neil", "Nicola", "Olu", "Patricia", "Peter", "Philip", "Rachel",
  "Rajesh", "Richard", "Rosemary", "Sandra", "Sanjay", "Sarah", "Simon", "Sophie", "Stephen", "Susan",
  "Tariq", "Tom", "Tracey", "Vanessa", "Wendy", "Yvonne", "Zainab", "Margaret", "Robert", "Joanne",
] as const;

// prettier-ignore
const FAMILY_NAMES = [
  "Ahmed", "Allen", "Atkinson", "Bailey", "Barker", "Bennett", "Brooks", "Chapman", "Clarke", "Collins",
  "Cooper", "Davies", "Dixon", "Edwards", "Evans", "Fletcher", "Foster", "Gill", "Graham", "Green",
  "Hall", "Harris", "Hill", "Holmes", "Hughes", "Hussain", "Jackson", "Kaur", "Khan", "Knight",
  "Lee", "Marshall", "Mason", "Mistry", "Moore", "Morris", "Murphy", "Norris", "Owen", "Parker",
  "Patel", "Pearson", "Price", "Reid", "Richardson", "Roberts", "Robinson", "Shah", "Singh", "Stevens",
  "Sutton", "Taylor", "Thompson", "Turner", "Walker", "Ward", "Webb", "Wilson", "Wood", "Wright",
] as const;

const LAY_MEMBER_TITLES = [
  "Lay member for governance",
  "Lay member for patient and public involvement",
  "Lay member for audit",
  "Lay member for primary care commissioning",
];

const COUNCILLOR_TITLES = [
  "Cabinet member for adult social care and health",
  "Chair of the health and wellbeing board",
  "Member of the health scrutiny committee",
];

const CAREERS: Record<SectorName, string[]> = {
  NHS: [
    "a career in NHS operational management",
    "twenty years as a community nurse and then a service manager",
    "a career as a hospital pharmacist",
  ],
  "Local government": [
    "a career in local government, latterly as a director of adult services",
    "many years leading a council's public health team",
  ],
  "Voluntary and community": [
    "leading a regional carers' charity",
    "a career in the voluntary sector, most recently running a community advice service",
  ],
  Private: [
    "a career in retail finance",
    "twenty-five years in management consultancy",
    "a career as a chartered accountant in practice",
    "running a small technology business",
  ],
  Academic: ["lecturing in health policy", "a career in applied health services research"],
  "Social care": ["running a home care service", "a career in social work and safeguarding"],
};

/** Free-text interests: a generic party (never a real company) and a description that fits it. */
const FREE_TEXT_INTERESTS: Record<InterestType, Array<[party: string, description: string]>> = {
  [InterestType.FINANCIAL]: [
    [
      "Digital health start-up",
      "Shareholding in a digital health start-up supplying NHS organisations",
    ],
    [
      "Management consultancy",
      "Paid consultancy work for a management consultancy with NHS clients",
    ],
    ["Community pharmacy business", "Part-owner of a community pharmacy business"],
    ["Regional care home group", "Shareholding in a regional care home group"],
  ],
  [InterestType.NON_FINANCIAL_PROFESSIONAL]: [
    ["Hospice charity", "Trustee of a hospice charity"],
    ["Housing association", "Board member of a housing association"],
    ["University health research centre", "Honorary fellow of a university health research centre"],
    ["Carers' support charity", "Trustee of a carers' support charity"],
  ],
  [InterestType.NON_FINANCIAL_PERSONAL]: [
    [
      "Patient participation group",
      "Member of the patient participation group at a local GP practice",
    ],
    ["Hospice charity", "Volunteer with a hospice charity"],
    ["Carers' support charity", "Volunteer with a carers' support charity"],
  ],
  [InterestType.INDIRECT]: [
    ["Local GP partnership", "Spouse is a partner in a local GP partnership"],
    ["Regional care home group", "Close family member is employed by a regional care home group"],
    ["Management consultancy", "Adult child works for a management consultancy with NHS clients"],
  ],
};

/** An interest naming one of the footprint's organisations, phrased for the kind of organisation. */
function describeOrganisationInterest(
  type: InterestType,
  organisation: OrganisationSeed,
  rng: Rng,
): string {
  const { name, kind } = organisation;
  switch (type) {
    case InterestType.FINANCIAL:
      return `Paid consultancy work for ${name}`;
    case InterestType.NON_FINANCIAL_PROFESSIONAL:
      if (kind === OrganisationKind.VOLUNTARY) return `Trustee of ${name}`;
      if (kind === OrganisationKind.LOCAL_AUTHORITY)
        return `Co-opted member of a scrutiny panel of ${name}`;
      return `Unpaid adviser to the patient experience committee of ${name}`;
    case InterestType.NON_FINANCIAL_PERSONAL:
      // Foundation trusts have public members; anyone can volunteer elsewhere.
      if (name.includes("Foundation Trust")) return `Public member of ${name}`;
      return `Volunteer with ${name}`;
    case InterestType.INDIRECT:
      return rng.pick([`Spouse is employed by ${name}`, `Adult child works for ${name}`]);
  }
}

type AppointmentSeed = {
  id: string;
  orgKey: string;
  role: AppointmentRole;
  title: string;
  startsOn: Date;
  endsOn: Date | null;
};

type DeclarationSeed = {
  id: string;
  type: InterestType;
  orgKey: string | null;
  partyName: string | null;
  description: string;
  startsOn: Date;
  endsOn: Date | null;
  published: boolean;
  requiredByPolicy: boolean;
};

export type PersonSeed = {
  id: string;
  givenName: string;
  familyName: string;
  homeIcs: string | null;
  email: string | null;
  phone: string | null;
  bio: string;
  contactPreference: ContactPreference;
  emailVisibility: FieldVisibility;
  phoneVisibility: FieldVisibility;
  skills: SkillName[];
  sectors: SectorName[];
  appointments: AppointmentSeed[];
  declarations: DeclarationSeed[];
};

/** People per ICS on top of an even spread: enough in the example footprints for leads, seats and bids. */
const PEOPLE_PER_ICS: Record<string, number> = {
  QXU: 30,
  QE1: 14,
  QWO: 16,
  QMF: 8,
  QYG: 8,
  QHL: 8,
  QMM: 8,
  QT6: 8,
  QUE: 6,
  QJK: 6,
  QNX: 6,
};
const PEOPLE_TOTAL = 250;

const APPOINTMENT_WINDOW = { from: day("2016-01-01"), to: day("2024-12-31") };
/** Ended appointments end no later than this, so "ended" means ended by the time of the demo. */
const LATEST_END = day("2026-06-30");

function personName(person: Pick<PersonSeed, "givenName" | "familyName">): string {
  return `${person.givenName} ${person.familyName}`;
}

function isCurrent(appointment: AppointmentSeed): boolean {
  return appointment.endsOn === null;
}

export type PeoplePlan = {
  people: PersonSeed[];
  /** Numbered people by home ICS, in creation order. */
  byIcs: Map<string, PersonSeed[]>;
  special: {
    member: PersonSeed;
    assessor: PersonSeed;
    admin: PersonSeed;
    boardSurrey: PersonSeed;
    boardWestYorkshire: PersonSeed;
    extraAssessors: PersonSeed[];
  };
};

function buildPeople(ref: ReferenceData): PeoplePlan {
  const rng = createRng("people");
  const icsCodes = ref.footprints
    .filter((f) => f.kind === FootprintKind.ICS)
    .map((f) => f.odsCode!);

  // The organisations a person of each ICS can hold an appointment at: open, in the ICS in its own right.
  const poolByIcs = new Map<string, OrganisationSeed[]>();
  for (const organisation of ref.organisations) {
    if (!organisation.homeIcs || organisation.closedOn) continue;
    if (organisation.openedOn && organisation.openedOn > APPOINTMENT_WINDOW.to) continue;
    poolByIcs.set(organisation.homeIcs, [
      ...(poolByIcs.get(organisation.homeIcs) ?? []),
      organisation,
    ]);
  }
  // The ICB chairs of Surrey Heartlands and West Yorkshire are the demo board admins.
  const chairs = new Set<string>(["QXU", "QWO"]);

  const usedNames = new Set<string>();
  const takeName = (givenName: string, familyName: string) => {
    usedNames.add(`${givenName} ${familyName}`);
    return { givenName, familyName };
  };
  const drawName = () => {
    for (;;) {
      const givenName = rng.pick(GIVEN_NAMES);
      const familyName = rng.pick(FAMILY_NAMES);
      if (!usedNames.has(`${givenName} ${familyName}`)) return takeName(givenName, familyName);
    }
  };

  const drawAppointment = (
    ics: string,
    { secondary, exclude }: { secondary: boolean; exclude: Set<string> },
  ): Omit<AppointmentSeed, "id" | "endsOn"> => {
    const pool = (poolByIcs.get(ics) ?? []).filter((o) => !exclude.has(o.key));
    const weights: Array<[OrganisationKind, number]> = [
      [OrganisationKind.CCG, 40],
      [OrganisationKind.TRUST, 40],
      [OrganisationKind.ICB, 6],
      [OrganisationKind.LOCAL_AUTHORITY, 12],
      [OrganisationKind.VOLUNTARY, secondary ? 10 : 0],
    ];
    const available = weights.filter(
      ([kind, weight]) => weight > 0 && pool.some((o) => o.kind === kind),
    );
    const total = available.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = rng.next() * total;
    let kind = requireValue(available[0], `an organisation in ICS ${ics}`)[0];
    for (const [candidate, weight] of available) {
      roll -= weight;
      if (roll < 0) {
        kind = candidate;
        break;
      }
    }
    const organisation = rng.pick(pool.filter((o) => o.kind === kind));
    const earliest = laterOf(
      APPOINTMENT_WINDOW.from,
      kind === OrganisationKind.ICB
        ? ICB_ESTABLISHED
        : (organisation.openedOn ?? APPOINTMENT_WINDOW.from),
    );
    // CCGs were abolished in July 2022, so no CCG term starts after 2021 (the demo keeps them current).
    const latest = kind === OrganisationKind.CCG ? day("2021-12-31") : APPOINTMENT_WINDOW.to;
    const startsOn = rng.dateBetween(earliest, latest);
    const base = { orgKey: organisation.key, startsOn };
    switch (kind) {
      case OrganisationKind.CCG:
        return { ...base, role: AppointmentRole.LAY_MEMBER, title: rng.pick(LAY_MEMBER_TITLES) };
      case OrganisationKind.LOCAL_AUTHORITY:
        return { ...base, role: AppointmentRole.COUNCILLOR, title: rng.pick(COUNCILLOR_TITLES) };
      case OrganisationKind.VOLUNTARY:
        return { ...base, role: AppointmentRole.OTHER, title: "Trustee" };
      case OrganisationKind.ICB:
        if (!chairs.has(organisation.key) && rng.chance(0.2)) {
          chairs.add(organisation.key);
          return { ...base, role: AppointmentRole.CHAIR, title: "Chair" };
        }
        return { ...base, role: AppointmentRole.NED, title: "Non-executive member" };
      default: {
        const roll = rng.next();
        if (roll < 0.12 && !chairs.has(organisation.key)) {
          chairs.add(organisation.key);
          return { ...base, role: AppointmentRole.CHAIR, title: "Chair" };
        }
        if (roll < 0.3) {
          return {
            ...base,
            role: AppointmentRole.ASSOCIATE_NED,
            title: "Associate non-executive director",
          };
        }
        return { ...base, role: AppointmentRole.NED, title: "Non-executive director" };
      }
    }
  };

  const endAfter = (startsOn: Date) =>
    earlierOf(addDays(addYears(startsOn, rng.int(2, 4)), -1), LATEST_END);

  const chooseSectors = (role: AppointmentRole): SectorName[] => {
    const first: SectorName =
      role === AppointmentRole.COUNCILLOR
        ? "Local government"
        : role === AppointmentRole.LAY_MEMBER
          ? rng.pick<SectorName>([
              "Voluntary and community",
              "Private",
              "Academic",
              "Local government",
              "Social care",
            ])
          : rng.pick<SectorName>(["Private", "NHS", "Academic", "Private"]);
    if (!rng.chance(0.45)) return [first];
    return [first, rng.pick(SECTORS.filter((sector) => sector !== first))];
  };

  const writeBio = (person: PersonSeed): string => {
    const current = person.appointments.find(isCurrent) ?? person.appointments[0];
    const [sector] = person.sectors;
    const career = sector ? rng.pick(CAREERS[sector]) : "a career in public service";
    const [experience, interest] = person.skills.map((skill) => SKILL_PHRASES[skill]);
    const where = current
      ? `${current.title} at ${requireValue(ref.organisationByKey.get(current.orgKey), current.orgKey).name}` +
        `${isCurrent(current) ? " since" : " from"} ${current.startsOn.getUTCFullYear()}`
      : "";
    return (
      `${where ? `${where}, after ` : "Came to the NHS after "}${career}. ` +
      `Brings experience of ${experience ?? "governance"}` +
      `${interest ? ` and an interest in ${interest}` : ""}.`
    );
  };

  const drawDeclarations = (person: PersonSeed, personNo: string): DeclarationSeed[] => {
    if (!rng.chance(0.3)) return [];
    const pool = (person.homeIcs ? (poolByIcs.get(person.homeIcs) ?? []) : []).filter(
      (o) => o.kind !== OrganisationKind.CCG && o.kind !== OrganisationKind.ICB,
    );
    const holdsBoardRole = person.appointments.some(
      (a) => a.role === AppointmentRole.NED || a.role === AppointmentRole.CHAIR,
    );
    return Array.from({ length: rng.int(1, 2) }, (_, index) => {
      const type = rng.pick(Object.values(InterestType));
      const organisation = pool.length && rng.chance(0.5) ? rng.pick(pool) : null;
      const [partyName, description] = organisation
        ? [null, describeOrganisationInterest(type, organisation, rng)]
        : rng.pick(FREE_TEXT_INTERESTS[type]);
      const startsOn = rng.dateBetween(day("2015-01-01"), day("2025-06-30"));
      const requiredByPolicy = type === InterestType.FINANCIAL && holdsBoardRole;
      return {
        id: `seed-declaration-${personNo}-${index + 1}`,
        type,
        orgKey: organisation?.key ?? null,
        partyName,
        description,
        startsOn,
        endsOn: rng.chance(0.15) ? earlierOf(addYears(startsOn, rng.int(1, 3)), LATEST_END) : null,
        published: requiredByPolicy || rng.chance(0.55),
        requiredByPolicy,
      };
    });
  };

  const buildPerson = (id: string, ics: string): PersonSeed => {
    const name = drawName();
    const status = rng.next();
    const primary = drawAppointment(ics, { secondary: false, exclude: new Set() });
    const appointments: Array<Omit<AppointmentSeed, "id">> = [];
    // About one in twenty has left every post; one in ten moved from one post to another.
    if (status < 0.05) {
      appointments.push({ ...primary, endsOn: endAfter(primary.startsOn) });
    } else if (status < 0.15) {
      appointments.push({ ...primary, endsOn: endAfter(primary.startsOn) });
      const next = drawAppointment(ics, { secondary: false, exclude: new Set([primary.orgKey]) });
      appointments.push({ ...next, endsOn: null });
    } else {
      appointments.push({ ...primary, endsOn: null });
      if (rng.chance(0.35)) {
        const second = drawAppointment(ics, {
          secondary: true,
          exclude: new Set([primary.orgKey]),
        });
        appointments.push({
          ...second,
          endsOn: rng.chance(0.3) ? endAfter(second.startsOn) : null,
        });
      }
    }
    const sectors = chooseSectors(primary.role);
    const withEmail = rng.chance(0.7);
    const phone = rng.chance(0.55) ? `01632 960${String(rng.int(0, 999)).padStart(3, "0")}` : null;
    const person: PersonSeed = {
      id,
      ...name,
      homeIcs: ics,
      email: withEmail ? `${name.givenName}.${name.familyName}@example.net`.toLowerCase() : null,
      // 01632 960xxx is Ofcom's range reserved for drama: it reaches no one.
      phone,
      bio: "",
      contactPreference:
        phone && (!withEmail || rng.chance(0.25))
          ? ContactPreference.PHONE
          : withEmail
            ? ContactPreference.EMAIL
            : ContactPreference.NONE,
      emailVisibility: rng.chance(0.4) ? FieldVisibility.MEMBERS : FieldVisibility.PRIVATE,
      phoneVisibility: rng.chance(0.2) ? FieldVisibility.MEMBERS : FieldVisibility.PRIVATE,
      skills: rng.sample(SKILLS, rng.int(2, 4)),
      sectors,
      appointments: appointments.map((a, index) => ({
        ...a,
        id: `${id.replace("seed-person", "seed-appointment")}-${index + 1}`,
      })),
      declarations: [],
    };
    person.bio = writeBio(person);
    person.declarations = drawDeclarations(person, id.replace("seed-person-", ""));
    return person;
  };

  const people: PersonSeed[] = [];
  const byIcs = new Map<string, PersonSeed[]>();

  // Named demo people first, so the random draws never take their names.
  const member: PersonSeed = {
    id: "seed-person-demo-member",
    ...takeName("Helen", "Ashworth"),
    homeIcs: "QXU",
    email: "helen.ashworth@example.net",
    phone: null,
    bio:
      "Lay member for patient and public involvement at NHS Surrey Heartlands CCG since 2020, and " +
      "at NHS Guildford and Waverley CCG before the merger. Previously ran a community advice service " +
      "in Godalming. Interested in how residents' voices reach system decisions.",
    contactPreference: ContactPreference.EMAIL,
    emailVisibility: FieldVisibility.MEMBERS,
    phoneVisibility: FieldVisibility.PRIVATE,
    skills: ["Patient and public involvement", "Communications", "Quality improvement"],
    sectors: ["Voluntary and community", "Local government"],
    appointments: [
      {
        id: "seed-appointment-demo-member-1",
        orgKey: "09N",
        role: AppointmentRole.LAY_MEMBER,
        title: "Lay member for patient and public involvement",
        startsOn: day("2017-04-01"),
        endsOn: day("2020-03-31"),
      },
      {
        id: "seed-appointment-demo-member-2",
        orgKey: "92A",
        role: AppointmentRole.LAY_MEMBER,
        title: "Lay member for patient and public involvement",
        startsOn: day("2020-04-01"),
        endsOn: null,
      },
    ],
    declarations: [
      {
        id: "seed-declaration-demo-member-1",
        type: InterestType.NON_FINANCIAL_PROFESSIONAL,
        orgKey: "seed-org-surrey-voluntary-sector-alliance",
        partyName: null,
        description: "Trustee of Surrey Voluntary Sector Alliance",
        startsOn: day("2019-09-01"),
        endsOn: null,
        published: true,
        requiredByPolicy: false,
      },
    ],
  };
  const staff = (id: string, givenName: string, familyName: string, bio: string): PersonSeed => ({
    id,
    ...takeName(givenName, familyName),
    homeIcs: null,
    email: null,
    phone: null,
    bio,
    contactPreference: ContactPreference.EMAIL,
    emailVisibility: FieldVisibility.PRIVATE,
    phoneVisibility: FieldVisibility.PRIVATE,
    skills: [],
    sectors: ["NHS"],
    appointments: [],
    declarations: [],
  });
  const assessor = staff(
    "seed-person-demo-assessor",
    "Daniel",
    "Okafor",
    "Programme manager at NHS Clinical Commissioners, assessing bids for the pilot sites round.",
  );
  // A declared interest in a submitted bid's footprint, so conflict detection has something to find.
  assessor.declarations.push({
    id: "seed-declaration-demo-assessor-1",
    type: InterestType.INDIRECT,
    orgKey: "RRK",
    partyName: null,
    description: "Sibling is a consultant at University Hospitals Birmingham NHS Foundation Trust",
    startsOn: day("2021-01-01"),
    endsOn: null,
    published: false,
    requiredByPolicy: false,
  });
  const admin = staff(
    "seed-person-demo-admin",
    "Fiona",
    "Whitlock",
    "Runs the non-executive community networks programme at NHS Clinical Commissioners.",
  );
  const extraAssessors = [
    staff(
      "seed-person-staff-assessor-2",
      "Grace",
      "Adeyemi",
      "Assessor for the pilot sites round.",
    ),
    staff(
      "seed-person-staff-assessor-3",
      "Owen",
      "Pritchard",
      "Assessor for the pilot sites round.",
    ),
  ];
  const boardChair = (
    id: string,
    ics: string,
    givenName: string,
    familyName: string,
    bio: string,
  ) => ({
    ...staff(id, givenName, familyName, bio),
    homeIcs: ics,
    skills: ["Audit and risk", "Finance", "Clinical governance"] as SkillName[],
    sectors: ["NHS", "Private"] as SectorName[],
    appointments: [
      {
        id: `${id.replace("seed-person", "seed-appointment")}-1`,
        orgKey: ics,
        role: AppointmentRole.CHAIR,
        title: "Chair",
        startsOn: ICB_ESTABLISHED,
        endsOn: null,
      },
    ],
  });
  const boardSurrey = boardChair(
    "seed-person-demo-board-surrey",
    "QXU",
    "Graham",
    "Pennington",
    "Chair of NHS Surrey Heartlands Integrated Care Board since it was established in 2022.",
  );
  const boardWestYorkshire = boardChair(
    "seed-person-demo-board-west-yorkshire",
    "QWO",
    "Catherine",
    "Holroyd",
    "Chair of NHS West Yorkshire Integrated Care Board since it was established in 2022.",
  );
  people.push(member, assessor, admin, ...extraAssessors, boardSurrey, boardWestYorkshire);

  const quotas: string[] = [];
  for (const [ics, count] of Object.entries(PEOPLE_PER_ICS)) {
    for (let i = 0; i < count; i++) quotas.push(ics);
  }
  for (let i = 0; quotas.length < PEOPLE_TOTAL; i++) {
    quotas.push(requireValue(icsCodes[i % icsCodes.length], "an ICS"));
  }
  quotas.forEach((ics, index) => {
    const person = buildPerson(`seed-person-${String(index + 1).padStart(3, "0")}`, ics);
    people.push(person);
    byIcs.set(ics, [...(byIcs.get(ics) ?? []), person]);
  });

  // West Yorkshire's lay member assurance group covers the 11 CCGs of the 2017 STP, so give it lay
  // members who sat on them. Several merged from 2018, so these terms end before then.
  const westYorkshireCcgs = requireValue(ref.stpCcgCodes.get("E54000005"), "West Yorkshire's CCGs");
  const westYorkshireRng = createRng("west-yorkshire");
  (byIcs.get("QWO") ?? []).slice(0, westYorkshireCcgs.length).forEach((person, index) => {
    // One or two appointments a person: the CCG term plus their current (or latest) post.
    const latest = person.appointments.find(isCurrent) ?? person.appointments[0];
    person.appointments = latest ? [latest] : [];
    person.appointments.unshift({
      id: `${person.id.replace("seed-person", "seed-appointment")}-wy`,
      orgKey: requireValue(westYorkshireCcgs[index], "a West Yorkshire CCG"),
      role: AppointmentRole.LAY_MEMBER,
      title: westYorkshireRng.pick(LAY_MEMBER_TITLES),
      startsOn: westYorkshireRng.dateBetween(day("2016-01-01"), day("2017-03-31")),
      endsOn: day("2018-03-31"),
    });
  });

  return {
    people,
    byIcs,
    special: { member, assessor, admin, boardSurrey, boardWestYorkshire, extraAssessors },
  };
}

// ---------------------------------------------------------------------------
// Networks, workstreams, board seats, assignments
// ---------------------------------------------------------------------------

type NetworkSeed = {
  id: string;
  footprintKey: string;
  name: string;
  purpose: string;
  function: string;
  model: string;
  howToJoin: string;
  status: NetworkStatus;
  organisationKeys: string[];
};

type MembershipSeed = {
  id: string;
  networkId: string;
  personId: string;
  role: MembershipRole;
  joinedAt: Date;
  leftAt: Date | null;
};

type JoinRequestSeed = {
  id: string;
  networkId: string;
  personId: string;
  message: string;
  status: JoinRequestStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByEmail: string | null;
};

type WorkstreamSeed = {
  id: string;
  footprintKey: string;
  name: string;
  description: string;
  status: WorkstreamStatus;
  skills: SkillName[];
};

type BoardSeatSeed = { id: string; footprintKey: string; name: string; description: string };

type AssignmentSeed = {
  id: string;
  personId: string;
  /** "<footprint key>|<name>" of a workstream or board seat. */
  workstreamKey: string | null;
  boardSeatKey: string | null;
  role: AssignmentRole;
  startsOn: Date;
  endsOn: Date | null;
  endReason: string | null;
  assignedByEmail: string | null;
};

type OrganisationPlan = {
  networks: NetworkSeed[];
  memberships: MembershipSeed[];
  joinRequests: JoinRequestSeed[];
  workstreams: WorkstreamSeed[];
  boardSeats: BoardSeatSeed[];
  assignments: AssignmentSeed[];
};

const SURREY_WORKSTREAMS: Array<{ name: string; description: string; skills: SkillName[] }> = [
  {
    name: "Urgent and emergency care",
    description:
      "Flow through A&E, NHS 111 and same-day urgent care across the three acute trusts.",
    skills: ["Quality improvement", "Clinical governance", "Population health"],
  },
  {
    name: "Cancer",
    description:
      "Earlier diagnosis and faster treatment, with the Surrey and Sussex cancer alliance.",
    skills: ["Clinical governance", "Quality improvement"],
  },
  {
    name: "Mental health",
    description:
      "Community mental health services and crisis care, with the mental health trust and the county council.",
    skills: ["Safeguarding", "Patient and public involvement", "Clinical governance"],
  },
  {
    name: "Primary care",
    description: "Resilience of general practice and the primary care networks.",
    skills: ["Patient and public involvement", "Finance"],
  },
  {
    name: "Digital",
    description: "A shared care record and digital access for residents.",
    skills: ["Digital", "Data and information governance"],
  },
  {
    name: "Workforce",
    description: "Recruitment, retention and a shared approach to training across health and care.",
    skills: ["Workforce", "Equality, diversity and inclusion"],
  },
  {
    name: "Estates",
    description: "Making best use of the footprint's buildings and land.",
    skills: ["Estates", "Finance"],
  },
  {
    name: "Prevention and population health",
    description: "Reducing health inequalities, with the county's public health team.",
    skills: ["Population health", "Equality, diversity and inclusion"],
  },
  {
    name: "Children and young people",
    description: "Services for children and young people, including emotional wellbeing.",
    skills: ["Safeguarding", "Patient and public involvement"],
  },
  {
    name: "Planned care",
    description: "Elective recovery and outpatient transformation.",
    skills: ["Quality improvement", "Finance"],
  },
  {
    name: "Maternity",
    description: "The local maternity and neonatal system.",
    skills: ["Clinical governance", "Safeguarding", "Patient and public involvement"],
  },
  {
    name: "Finance and contracting",
    description: "The system financial plan, contracts and value for money.",
    skills: ["Finance", "Audit and risk", "Legal"],
  },
  {
    name: "Communications and engagement",
    description: "How the partnership talks with residents, staff and partners.",
    skills: ["Communications", "Patient and public involvement"],
  },
];

const LANCASHIRE_SEATS: Array<{ name: string; description: string; workstreams: string[] }> = [
  {
    name: "Non-executive member for audit and risk",
    description: "Chairs the audit committee and holds the board to account on risk.",
    workstreams: ["Finance and investment", "Digital and data"],
  },
  {
    name: "Non-executive member for quality and performance",
    description: "Leads the board's scrutiny of quality and performance across providers.",
    workstreams: ["Urgent and emergency care", "Acute and specialised services"],
  },
  {
    name: "Non-executive member for population health",
    description: "Brings the public health and prevention perspective to the board.",
    workstreams: ["Population health and prevention"],
  },
  {
    name: "Non-executive member for people and culture",
    description: "Oversees the system's people plan.",
    workstreams: ["Workforce"],
  },
  {
    name: "Lay member for patient and public involvement",
    description: "Makes sure residents' voices are heard in the board's decisions.",
    workstreams: ["Mental health"],
  },
];

const LANCASHIRE_WORKSTREAM_SKILLS: Record<string, SkillName[]> = {
  "Finance and investment": ["Finance", "Audit and risk"],
  "Digital and data": ["Digital", "Data and information governance"],
  "Urgent and emergency care": ["Quality improvement", "Clinical governance"],
  "Acute and specialised services": ["Clinical governance", "Quality improvement"],
  "Population health and prevention": ["Population health"],
  Workforce: ["Workforce", "Equality, diversity and inclusion"],
  "Mental health": ["Patient and public involvement", "Safeguarding"],
};

const WEST_YORKSHIRE_WORKSTREAMS: Array<{ name: string; skills: SkillName[]; led: boolean }> = [
  {
    name: "Mental health, learning disability and autism",
    skills: ["Safeguarding", "Patient and public involvement"],
    led: true,
  },
  {
    name: "Urgent and emergency care",
    skills: ["Quality improvement", "Clinical governance"],
    led: true,
  },
  {
    name: "Harnessing the power of communities",
    skills: ["Patient and public involvement", "Population health"],
    led: false,
  },
  { name: "Climate change", skills: ["Estates"], led: false },
];

export function isEligibleIn(
  person: PersonSeed,
  footprintKey: string,
  linkSet: Set<string>,
): boolean {
  return person.appointments.some(
    (a) => isCurrent(a) && linkSet.has(`${a.orgKey}|${footprintKey}`),
  );
}

function workstreamKey(footprintKey: string, name: string): string {
  return `${footprintKey}|${name}`;
}

function buildNetworksAndAssignments(ref: ReferenceData, plan: PeoplePlan): OrganisationPlan {
  const rng = createRng("networks");
  const linkSet = new Set(ref.links.map((link) => `${link.orgKey}|${link.footprintKey}`));
  const eligible = (ics: string) =>
    (plan.byIcs.get(ics) ?? []).filter((person) => isEligibleIn(person, icsKey(ics), linkSet));
  const orgsOf = (footprintKey: string) =>
    ref.links
      .filter((link) => link.footprintKey === footprintKey)
      .map((link) => link.orgKey)
      .filter((key) => !ref.organisationByKey.get(key)?.closedOn);

  const networks: NetworkSeed[] = [];
  const memberships: MembershipSeed[] = [];
  const joinRequests: JoinRequestSeed[] = [];
  const workstreams: WorkstreamSeed[] = [];
  const boardSeats: BoardSeatSeed[] = [];
  const assignments: AssignmentSeed[] = [];

  const addMembers = (
    network: NetworkSeed,
    people: PersonSeed[],
    { closedOn }: { closedOn?: Date } = {},
  ) => {
    people.forEach((person, index) => {
      memberships.push({
        id: `${network.id.replace("seed-network", "seed-membership")}-${String(index + 1).padStart(2, "0")}`,
        networkId: network.id,
        personId: person.id,
        role:
          index === 0
            ? MembershipRole.CHAIR
            : index === 1
              ? MembershipRole.SECRETARY
              : MembershipRole.MEMBER,
        joinedAt: rng.dateBetween(
          day("2019-01-01"),
          closedOn ? addDays(closedOn, -90) : day("2026-06-30"),
        ),
        leftAt: closedOn ?? null,
      });
    });
  };

  // Surrey Heartlands: a discussion group with a non-executive on each of its 13 workstreams.
  const surreyKey = icsKey("QXU");
  const surrey: NetworkSeed = {
    id: "seed-network-surrey-heartlands",
    footprintKey: surreyKey,
    name: "Surrey Heartlands lay member and NED discussion group",
    purpose:
      "Brings the lay members and non-executive directors of Surrey Heartlands together so that each " +
      "of the partnership's 13 workstreams has a non-executive attached to it, giving independent " +
      "challenge and a joined-up non-executive voice to the system's decisions.",
    function:
      "Shares intelligence across organisations, agrees a common non-executive view on system " +
      "proposals before they reach individual boards, and attaches a lay member or NED to every workstream.",
    model:
      "A discussion group that meets every two months, chaired by a lay member, with a secretariat from " +
      "the ICB's corporate team. Workstream leads report back at each meeting.",
    howToJoin:
      "Open to any lay member, non-executive director or associate NED of an organisation in Surrey " +
      "Heartlands, and to the county council's health portfolio holders. Ask to join here.",
    status: NetworkStatus.ESTABLISHED,
    organisationKeys: orgsOf(surreyKey),
  };
  networks.push(surrey);
  const surreyEligible = eligible("QXU");
  if (surreyEligible.length < 17)
    throw new Error("Too few eligible Surrey Heartlands people for the demo");
  const surreyMembers = surreyEligible.slice(0, 16);
  addMembers(surrey, surreyMembers);
  const surreyExtra: Array<[PersonSeed, MembershipRole]> = [
    [plan.special.member, MembershipRole.MEMBER],
    [plan.special.boardSurrey, MembershipRole.MEMBER],
  ];
  for (const [person, role] of surreyExtra) {
    memberships.push({
      id: `seed-membership-surrey-heartlands-${person.id.replace("seed-person-", "")}`,
      networkId: surrey.id,
      personId: person.id,
      role,
      joinedAt: day("2020-05-14"),
      leftAt: null,
    });
  }
  const surreyFormer = (plan.byIcs.get("QXU") ?? []).find(
    (person) => !isEligibleIn(person, surreyKey, linkSet),
  );
  if (surreyFormer) {
    memberships.push({
      id: "seed-membership-surrey-heartlands-former",
      networkId: surrey.id,
      personId: surreyFormer.id,
      role: MembershipRole.MEMBER,
      joinedAt: day("2019-03-07"),
      leftAt: day("2025-03-31"),
    });
  }
  const surreyApplicant = requireValue(surreyEligible[16], "a Surrey person outside the network");
  joinRequests.push({
    id: "seed-join-request-surrey-heartlands-1",
    networkId: surrey.id,
    personId: surreyApplicant.id,
    message: "I joined the board of my trust this year and would value the group's perspective.",
    status: JoinRequestStatus.PENDING,
    createdAt: new Date("2026-11-12T10:24:00.000Z"),
    decidedAt: null,
    decidedByEmail: null,
  });

  // Leads: a spread of Surrey non-executives, two workstreams each at most (the cap is 3), each with
  // a skill the workstream needs; the demo member leads communications and engagement.
  const leadCandidates = surreyMembers.slice(2, 8);
  const leadLoad = new Map<string, number>();
  for (const [index, definition] of SURREY_WORKSTREAMS.entries()) {
    const id = `seed-workstream-qxu-${slugify(definition.name)}`;
    workstreams.push({
      id,
      footprintKey: surreyKey,
      name: definition.name,
      description: definition.description,
      status: WorkstreamStatus.ACTIVE,
      skills: definition.skills,
    });
    const key = workstreamKey(surreyKey, definition.name);
    let lead: PersonSeed;
    if (definition.name === "Communications and engagement") {
      lead = plan.special.member;
    } else {
      const available = leadCandidates.filter((person) => (leadLoad.get(person.id) ?? 0) < 2);
      lead = requireValue(
        [...available].sort(
          (a, b) =>
            b.skills.filter((s) => definition.skills.includes(s)).length -
            a.skills.filter((s) => definition.skills.includes(s)).length,
        )[0],
        "a Surrey workstream lead",
      );
      if (!lead.skills.some((skill) => definition.skills.includes(skill))) {
        const needed = requireValue(definition.skills[0], "a workstream skill");
        if (lead.skills.length >= 4) lead.skills[lead.skills.length - 1] = needed;
        else lead.skills.push(needed);
      }
    }
    leadLoad.set(lead.id, (leadLoad.get(lead.id) ?? 0) + 1);
    const startsOn = rng.dateBetween(day("2023-01-01"), day("2025-12-31"));
    assignments.push({
      id: `${id.replace("seed-workstream", "seed-assignment")}-lead`,
      personId: lead.id,
      workstreamKey: key,
      boardSeatKey: null,
      role: AssignmentRole.LEAD,
      startsOn,
      endsOn: null,
      endReason: null,
      assignedByEmail: "board.surrey@example.org",
    });
    // History for two workstreams: an earlier lead whose term ended.
    if (index === 0 || index === 4) {
      const previous = requireValue(
        surreyMembers.find((person) => person.id !== lead.id && !leadCandidates.includes(person)),
        "an earlier Surrey lead",
      );
      assignments.push({
        id: `${id.replace("seed-workstream", "seed-assignment")}-lead-previous`,
        personId: previous.id,
        workstreamKey: key,
        boardSeatKey: null,
        role: AssignmentRole.LEAD,
        startsOn: addYears(startsOn, -3),
        endsOn: addDays(startsOn, -1),
        endReason: "Stepped down at the end of their term",
        assignedByEmail: null,
      });
    }
    const others = surreyMembers.filter((person) => person.id !== lead.id);
    const members = rng.sample(others, rng.int(1, 3));
    if (definition.name === "Primary care") members.push(plan.special.member);
    members.forEach((person, memberIndex) => {
      assignments.push({
        id: `${id.replace("seed-workstream", "seed-assignment")}-member-${memberIndex + 1}`,
        personId: person.id,
        workstreamKey: key,
        boardSeatKey: null,
        role: AssignmentRole.MEMBER,
        startsOn: rng.dateBetween(startsOn, day("2026-06-30")),
        endsOn: null,
        endReason: null,
        assignedByEmail: "board.surrey@example.org",
      });
    });
  }

  // Lancashire and South Cumbria: five non-executives on the ICS board, each leading workstreams.
  const lancashireKey = icsKey("QE1");
  const lancashire: NetworkSeed = {
    id: "seed-network-lancashire-and-south-cumbria",
    footprintKey: lancashireKey,
    name: "Lancashire and South Cumbria non-executive network",
    purpose:
      "Supports the five non-executives and lay members appointed to the ICS board, each of whom leads " +
      "specific ICS workstreams, and connects them with non-executives across the footprint's trusts and councils.",
    function:
      "Briefs board members before ICS board meetings, gathers views from trust NEDs and councillors, " +
      "and reports back on the workstreams the board members lead.",
    model: "Quarterly network meetings plus a monthly call of the five board members.",
    howToJoin:
      "Open to non-executives and lay members of Lancashire and South Cumbria organisations.",
    status: NetworkStatus.ESTABLISHED,
    organisationKeys: orgsOf(lancashireKey),
  };
  networks.push(lancashire);
  const lancashireEligible = eligible("QE1");
  if (lancashireEligible.length < 8)
    throw new Error("Too few eligible Lancashire people for the demo");
  addMembers(lancashire, lancashireEligible);
  const lancashireHolders = lancashireEligible.slice(0, LANCASHIRE_SEATS.length);
  LANCASHIRE_SEATS.forEach((seat, index) => {
    const holder = requireValue(lancashireHolders[index], "a Lancashire seat holder");
    const seatId = `seed-board-seat-qe1-${index + 1}`;
    boardSeats.push({
      id: seatId,
      footprintKey: lancashireKey,
      name: seat.name,
      description: seat.description,
    });
    const startsOn =
      index < 3 ? ICB_ESTABLISHED : rng.dateBetween(day("2023-04-01"), day("2024-10-01"));
    // The seat holder's assignment is a MEMBER one: it records who sits in the seat, and leaves the
    // lead cap to the workstreams they lead.
    assignments.push({
      id: `seed-assignment-qe1-seat-${index + 1}`,
      personId: holder.id,
      workstreamKey: null,
      boardSeatKey: workstreamKey(lancashireKey, seat.name),
      role: AssignmentRole.MEMBER,
      startsOn,
      endsOn: null,
      endReason: null,
      assignedByEmail: null,
    });
    for (const name of seat.workstreams) {
      const id = `seed-workstream-qe1-${slugify(name)}`;
      workstreams.push({
        id,
        footprintKey: lancashireKey,
        name,
        description: `Led on the ICS board by the ${seat.name.toLowerCase()}.`,
        status: WorkstreamStatus.ACTIVE,
        skills: requireValue(LANCASHIRE_WORKSTREAM_SKILLS[name], `skills for ${name}`),
      });
      assignments.push({
        id: `${id.replace("seed-workstream", "seed-assignment")}-lead`,
        personId: holder.id,
        workstreamKey: workstreamKey(lancashireKey, name),
        boardSeatKey: null,
        role: AssignmentRole.LEAD,
        startsOn,
        endsOn: null,
        endReason: null,
        assignedByEmail: null,
      });
      const member =
        lancashireEligible[
          LANCASHIRE_SEATS.length + (index % (lancashireEligible.length - LANCASHIRE_SEATS.length))
        ];
      if (member) {
        assignments.push({
          id: `${id.replace("seed-workstream", "seed-assignment")}-member-1`,
          personId: member.id,
          workstreamKey: workstreamKey(lancashireKey, name),
          boardSeatKey: null,
          role: AssignmentRole.MEMBER,
          startsOn: rng.dateBetween(startsOn, day("2026-06-30")),
          endsOn: null,
          endReason: null,
          assignedByEmail: null,
        });
      }
    }
  });

  // West Yorkshire: a lay member assurance group across the 11 CCGs of the 2017 STP.
  const westYorkshireKey = icsKey("QWO");
  const westYorkshire: NetworkSeed = {
    id: "seed-network-west-yorkshire",
    footprintKey: westYorkshireKey,
    name: "West Yorkshire lay member assurance group",
    purpose:
      "Patient and public involvement: gives assurance that the partnership's decisions rest on proper " +
      "engagement with patients and the public, drawing on the lay members of the 11 CCGs of West Yorkshire.",
    function:
      "Reviews engagement and consultation plans for system-wide changes and reports its assurance to " +
      "the partnership board and to each CCG's governing body.",
    model: "An assurance group of lay members for patient and public involvement, meeting monthly.",
    howToJoin: "Lay members for patient and public involvement in West Yorkshire may ask to join.",
    status: NetworkStatus.ESTABLISHED,
    organisationKeys: requireValue(ref.stpCcgCodes.get("E54000005"), "West Yorkshire's CCGs"),
  };
  networks.push(westYorkshire);
  const westYorkshirePeople = plan.byIcs.get("QWO") ?? [];
  addMembers(westYorkshire, westYorkshirePeople.slice(0, 11));
  const westYorkshireEligible = eligible("QWO");
  WEST_YORKSHIRE_WORKSTREAMS.forEach((definition, index) => {
    const id = `seed-workstream-qwo-${slugify(definition.name)}`;
    workstreams.push({
      id,
      footprintKey: westYorkshireKey,
      name: definition.name,
      description: "",
      status: WorkstreamStatus.ACTIVE,
      skills: definition.skills,
    });
    if (!definition.led) return;
    assignments.push({
      id: `${id.replace("seed-workstream", "seed-assignment")}-lead`,
      personId: requireValue(westYorkshireEligible[index], "a West Yorkshire lead").id,
      workstreamKey: workstreamKey(westYorkshireKey, definition.name),
      boardSeatKey: null,
      role: AssignmentRole.LEAD,
      startsOn: rng.dateBetween(day("2024-01-01"), day("2025-12-31")),
      endsOn: null,
      endReason: null,
      assignedByEmail: "board.westyorkshire@example.org",
    });
  });

  // Other networks around the country, in every state but PILOT (no round has funded one yet).
  const others: Array<{
    slug: string;
    ics: string;
    footprintKey?: string;
    name: string;
    status: NetworkStatus;
    purpose: string;
    model: string;
    members: number;
    closedOn?: Date;
  }> = [
    {
      slug: "north-east-london",
      ics: "QMF",
      name: "North East London non-executive forum",
      status: NetworkStatus.ESTABLISHED,
      purpose:
        "Connects the non-executives of North East London's trusts and boroughs to the ICS's place-based partnerships.",
      model: "A forum meeting each quarter, with a lead non-executive for each place.",
      members: 7,
    },
    {
      slug: "cheshire-and-merseyside",
      ics: "QYG",
      name: "Cheshire and Merseyside non-executive community network",
      status: NetworkStatus.PROPOSED,
      purpose:
        "Proposed network to give the region's trust NEDs and councillors a shared voice in the ICS.",
      model: "To be agreed with the ICB; a steering group of three is drafting terms of reference.",
      members: 3,
    },
    {
      slug: "birmingham-and-solihull",
      ics: "QHL",
      name: "Birmingham and Solihull lay and non-executive network",
      status: NetworkStatus.ESTABLISHED,
      purpose:
        "Independent challenge to the ICS's work on health inequalities, with the two councils.",
      model:
        "A network of trust NEDs, former CCG lay members and councillors, meeting every two months.",
      members: 7,
    },
    {
      slug: "norfolk-and-waveney",
      ics: "QMM",
      name: "Norfolk and Waveney non-executive network",
      status: NetworkStatus.PROPOSED,
      purpose: "Proposed network bringing rural and coastal perspectives to the ICS's decisions.",
      model: "Proposed as an online-first network with two face-to-face meetings a year.",
      members: 3,
    },
    {
      slug: "cornwall-and-the-isles-of-scilly",
      ics: "QT6",
      name: "Cornwall and the Isles of Scilly non-executive reference group",
      status: NetworkStatus.CLOSED,
      purpose:
        "A reference group of non-executives for the STP. Closed in 2024 when its members joined the ICB's committees.",
      model: "A reference group that met before each STP board.",
      members: 5,
      closedOn: day("2024-03-31"),
    },
    {
      slug: "guildford-and-waverley",
      ics: "QXU",
      footprintKey: "ICP:seed-footprint-icp-qxu-guildford-and-waverley",
      name: "Guildford and Waverley lay member forum",
      status: NetworkStatus.CLOSED,
      purpose:
        "A forum for the place's lay members. Closed in 2020 when the Surrey Heartlands discussion group took over its work.",
      model: "An informal forum meeting twice a year.",
      members: 3,
      closedOn: day("2020-03-31"),
    },
  ];
  for (const definition of others) {
    const footprintKey = definition.footprintKey ?? icsKey(definition.ics);
    const network: NetworkSeed = {
      id: `seed-network-${definition.slug}`,
      footprintKey,
      name: definition.name,
      purpose: definition.purpose,
      function: "",
      model: definition.model,
      howToJoin:
        definition.status === NetworkStatus.CLOSED
          ? ""
          : "Ask to join here; the chair will be in touch.",
      status: definition.status,
      organisationKeys: orgsOf(footprintKey),
    };
    networks.push(network);
    const pool = footprintKey.startsWith("ICP:")
      ? surreyMembers.slice(10)
      : eligible(definition.ics);
    // A closed network's members must have held a post before it closed.
    const closedOn = definition.closedOn;
    const candidates = closedOn
      ? pool.filter((person) =>
          person.appointments.some((a) => a.startsOn < addDays(closedOn, -90)),
        )
      : pool;
    addMembers(network, candidates.slice(0, definition.members), { closedOn: definition.closedOn });
    if (definition.slug === "birmingham-and-solihull") {
      const applicant = requireValue(candidates[definition.members], "a Birmingham applicant");
      joinRequests.push({
        id: "seed-join-request-birmingham-and-solihull-1",
        networkId: network.id,
        personId: applicant.id,
        message: "",
        status: JoinRequestStatus.PENDING,
        createdAt: new Date("2026-11-18T16:05:00.000Z"),
        decidedAt: null,
        decidedByEmail: null,
      });
    }
    if (definition.slug === "north-east-london") {
      const joined = requireValue(candidates[definition.members - 1], "a North East London member");
      joinRequests.push({
        id: "seed-join-request-north-east-london-1",
        networkId: network.id,
        personId: joined.id,
        message: "Keen to contribute from my council's health scrutiny role.",
        status: JoinRequestStatus.APPROVED,
        createdAt: new Date("2026-09-02T09:12:00.000Z"),
        decidedAt: new Date("2026-09-04T13:40:00.000Z"),
        decidedByEmail: "admin@example.org",
      });
    }
  }

  return { networks, memberships, joinRequests, workstreams, boardSeats, assignments };
}

// ---------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------

export type UserSeed = {
  id: string;
  email: string;
  personId: string;
  name: string;
  roles: Array<{ role: Role; footprintKey: string | null }>;
};

function buildUser(
  slug: string,
  email: string,
  person: PersonSeed,
  roles: UserSeed["roles"],
): UserSeed {
  return {
    id: `seed-user-${slug}`,
    email: email.toLowerCase(),
    personId: person.id,
    name: personName(person),
    roles,
  };
}

// ---------------------------------------------------------------------------
// Funding round and bids
// ---------------------------------------------------------------------------

const ROUND_SLUG = "pilot-sites-2026";

export const CRITERIA = [
  {
    name: "Innovation",
    weight: 35,
    guidance:
      "How innovative the proposal is: new ways of building and running a non-executive network, such " +
      "as the use of technology for network building, that others could learn from.",
  },
  {
    name: "Ambition",
    weight: 35,
    guidance:
      "The ambition of the proposal's scope: how far it reaches beyond NHS boards, for example engagement " +
      "with local authorities, the voluntary sector and the public.",
  },
  {
    name: "Scale",
    weight: 30,
    guidance:
      "The scale of the local challenge: the size and complexity of the footprint, the number of " +
      "organisations and non-executives involved, and how far they are engaged in system decisions today.",
  },
];

export const SCALE_POINTS = [
  {
    value: 1,
    label: "Poor",
    descriptor: "The bid does not address the criterion or gives no evidence for its claims.",
  },
  {
    value: 2,
    label: "Weak",
    descriptor:
      "The bid addresses the criterion only in part, with little evidence or a vague plan.",
  },
  {
    value: 3,
    label: "Satisfactory",
    descriptor:
      "The bid addresses the criterion with a credible plan and some supporting evidence.",
  },
  {
    value: 4,
    label: "Good",
    descriptor: "The bid addresses the criterion well, with a clear plan and convincing evidence.",
  },
  {
    value: 5,
    label: "Excellent",
    descriptor:
      "The bid addresses the criterion outstandingly and offers learning for other footprints.",
  },
];

type BidSpec = {
  ics: string;
  state: BidState;
  title: string;
  existing: string;
  innovation: string;
  ambition: string;
  scale: string;
  /** For drafts: the sections written so far (the rest are saved empty). */
  written?: BidSectionKey[];
  budget: Array<[string, number]>;
  partnerNames: Array<[string, string]>;
  createdAt: string;
  submittedAt?: string;
};

const BID_SPECS: BidSpec[] = [
  {
    ics: "QXU",
    state: BidState.DRAFT,
    title: "Surrey Heartlands: from discussion group to system assurance partner",
    existing:
      "Surrey Heartlands already has a lay member and NED discussion group with a non-executive attached to " +
      "each of its 13 workstreams. The pilot would turn it into a recognised assurance partner of the ICB board.",
    innovation:
      "A shared online workspace where workstream leads post short assurance notes after each meeting, so " +
      "every non-executive can see the whole system's programme in one place.",
    ambition:
      "Bring Surrey County Council's health portfolio holders and the voluntary sector alliance into the group.",
    scale: "",
    written: [
      BidSectionKey.FUNCTION_AND_MODEL,
      BidSectionKey.EXISTING_NETWORK,
      BidSectionKey.INNOVATION,
      BidSectionKey.AMBITION,
    ],
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 18_000],
      ["Online workspace licence and set-up", 6_500],
      ["Development sessions and facilitation", 7_500],
    ],
    partnerNames: [
      ["Surrey County Council", "Local authority partner"],
      ["Surrey Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-06T11:15:00.000Z",
  },
  {
    ics: "QYG",
    state: BidState.DRAFT,
    title: "Cheshire and Merseyside non-executive community network",
    existing:
      "There is no network yet; a steering group of three non-executives has been meeting since the summer.",
    innovation: "",
    ambition: "",
    scale:
      "Cheshire and Merseyside is one of the largest ICSs, with nine places and many trusts, so non-executives rarely meet across organisations.",
    written: [BidSectionKey.EXISTING_NETWORK, BidSectionKey.SCALE],
    budget: [["Network coordinator (0.5 WTE, 12 months)", 24_000]],
    partnerNames: [["Liverpool City Council", "Local authority partner"]],
    createdAt: "2026-10-20T15:40:00.000Z",
  },
  {
    ics: "QMM",
    state: BidState.DRAFT,
    title: "Norfolk and Waveney: a rural non-executive network",
    existing: "A network has been proposed to the ICB and agreed in principle.",
    innovation:
      "An online-first network, so that members in rural and coastal areas can take part without long journeys.",
    ambition: "",
    scale: "",
    written: [
      BidSectionKey.FUNCTION_AND_MODEL,
      BidSectionKey.EXISTING_NETWORK,
      BidSectionKey.INNOVATION,
    ],
    budget: [
      ["Network coordinator (0.3 WTE, 12 months)", 14_000],
      ["Video conferencing and accessibility support", 3_500],
    ],
    partnerNames: [
      ["Norfolk County Council", "Local authority partner"],
      ["Suffolk County Council", "Local authority partner"],
    ],
    createdAt: "2026-11-03T09:05:00.000Z",
  },
  {
    ics: "QNX",
    state: BidState.DRAFT,
    title: "Sussex non-executive network",
    existing: "",
    innovation: "",
    ambition: "",
    scale: "",
    written: [BidSectionKey.FUNCTION_AND_MODEL],
    budget: [["Network coordinator (to be costed with the ICB)", 15_000]],
    partnerNames: [["West Sussex County Council", "Local authority partner"]],
    createdAt: "2026-11-16T14:22:00.000Z",
  },
  {
    ics: "QE1",
    state: BidState.SUBMITTED,
    title: "Lancashire and South Cumbria: connecting board non-executives with every place",
    existing:
      "Five non-executives and lay members already sit on the ICS board and lead its workstreams. The pilot " +
      "would connect them with the non-executives of the footprint's trusts and councils in each of its five places.",
    innovation:
      "Place-based 'non-executive huddles' run online, with a shared dashboard of the questions each board " +
      "member is pursuing and the answers they received.",
    ambition:
      "Every upper-tier council in the footprint has agreed to nominate a councillor, and Healthwatch will co-chair the public sessions.",
    scale:
      "Two counties, five places, five trusts and four upper-tier councils, with a population of 1.8 million.",
    budget: [
      ["Network coordinator (0.6 WTE, 15 months)", 28_000],
      ["Place huddles: venues, travel and facilitation", 9_000],
      ["Shared dashboard development", 7_500],
      ["Independent evaluation", 5_500],
    ],
    partnerNames: [
      ["Lancashire County Council", "Local authority partner"],
      ["Blackpool Council", "Local authority partner"],
      ["Lancashire and South Cumbria Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-02T10:00:00.000Z",
    submittedAt: "2026-11-09T16:48:12.000Z",
  },
  {
    ics: "QWO",
    state: BidState.SUBMITTED,
    title: "West Yorkshire: widening the lay member assurance group",
    existing:
      "West Yorkshire's lay member assurance group has covered the 11 CCGs of the footprint since 2017. The pilot " +
      "would open it to trust NEDs and councillors and give it a formal assurance role for the ICB.",
    innovation:
      "A public 'you said, we did' log of the group's assurance findings, maintained online and reviewed by residents' panels.",
    ambition:
      "Co-design the group's work plan with the five places' Healthwatch organisations and the councils.",
    scale:
      "Five places, a population of 2.4 million and some of England's most deprived neighbourhoods.",
    budget: [
      ["Assurance group coordinator (0.5 WTE, 12 months)", 22_000],
      ["Residents' panels: recruitment, expenses and facilitation", 12_000],
      ["Online assurance log", 4_000],
      ["Evaluation and learning write-up", 6_000],
    ],
    partnerNames: [
      ["Leeds City Council", "Local authority partner"],
      ["West Yorkshire Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-05T13:30:00.000Z",
    submittedAt: "2026-11-20T11:02:45.000Z",
  },
  {
    ics: "QMF",
    state: BidState.SUBMITTED,
    title: "North East London: a non-executive voice for each place",
    existing:
      "The North East London non-executive forum meets quarterly but has no capacity between meetings.",
    innovation:
      "Pairs each place-based partnership with a non-executive 'buddy' from a different borough, to spread practice.",
    ambition:
      "Involve all seven boroughs' health scrutiny chairs and the voluntary sector alliance.",
    scale:
      "Seven boroughs, a young and fast-growing population of two million, and high levels of deprivation.",
    budget: [
      ["Forum coordinator (0.5 WTE, 12 months)", 25_000],
      ["Buddying programme", 8_000],
      ["Translation and accessible materials", 4_000],
      ["Learning events", 6_000],
    ],
    partnerNames: [
      ["London Borough of Tower Hamlets", "Local authority partner"],
      ["London Borough of Newham", "Local authority partner"],
      ["North East London Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-12T08:45:00.000Z",
    submittedAt: "2026-11-05T17:30:00.000Z",
  },
  {
    ics: "QHL",
    state: BidState.SUBMITTED,
    title: "Birmingham and Solihull: non-executives tackling health inequalities",
    existing:
      "An established network meets every two months; the pilot would fund a programme of work on inequalities.",
    innovation:
      "Uses the ICS's population health data to give each non-executive a short brief on inequalities in their services.",
    ambition: "A joint programme with both councils' scrutiny committees and the voluntary sector.",
    scale:
      "One of the largest and most diverse populations of any ICS, with marked differences in life expectancy between wards.",
    budget: [
      ["Network coordinator (0.5 WTE, 12 months)", 23_000],
      ["Population health briefs (analyst time)", 10_000],
      ["Community listening events", 7_000],
    ],
    partnerNames: [
      ["Birmingham City Council", "Local authority partner"],
      ["Birmingham and Solihull Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-08T12:10:00.000Z",
    submittedAt: "2026-11-12T09:15:30.000Z",
  },
  {
    ics: "QUE",
    state: BidState.SUBMITTED,
    title: "Cambridgeshire and Peterborough non-executive network",
    existing: "There is no network today; non-executives meet only within their own organisations.",
    innovation:
      "A digital directory of non-executives' skills, used to match people to ICS workstreams.",
    ambition:
      "Start with the ICS's two places and both councils, and open to the public in the second year.",
    scale:
      "A mixed urban and rural footprint with one of the fastest-growing populations in England.",
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 18_500],
      ["Skills directory", 5_000],
      ["Induction and development sessions", 6_500],
    ],
    partnerNames: [
      ["Cambridgeshire County Council", "Local authority partner"],
      ["Peterborough City Council", "Local authority partner"],
    ],
    createdAt: "2026-10-14T10:20:00.000Z",
    submittedAt: "2026-11-16T15:05:10.000Z",
  },
  {
    ics: "QJK",
    state: BidState.SUBMITTED,
    title: "Devon: a non-executive network across a large rural county",
    existing:
      "Informal links between trust chairs exist; there is no network for NEDs, lay members or councillors.",
    innovation:
      "Regular short online sessions and a shared question log, so members across a large county take part without travel.",
    ambition: "Bring the three councils and the voluntary sector alliance in from the start.",
    scale:
      "A large rural county with two cities, three councils and long travel times between them.",
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 19_000],
      ["Online sessions and question log", 4_500],
      ["Travel support for rural members", 5_500],
      ["Evaluation", 4_000],
    ],
    partnerNames: [
      ["Devon County Council", "Local authority partner"],
      ["Plymouth City Council", "Local authority partner"],
      ["Devon Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-19T09:55:00.000Z",
    submittedAt: "2026-11-19T18:20:00.000Z",
  },
];

type BidSeed = {
  id: string;
  footprintKey: string;
  leadEmail: string;
  coAuthorEmails: string[];
  title: string;
  state: BidState;
  amountRequestedPence: number;
  declarationAccepted: boolean;
  createdAt: Date;
  submittedAt: Date | null;
  sections: Array<{ key: BidSectionKey; body: string }>;
  partners: Array<{ orgKey: string; role: string }>;
  budgetLines: Array<{ description: string; amountPence: number }>;
};

function writeBidSections(
  spec: BidSpec,
  footprintName: string,
  spanningTrust: string | null,
): Record<BidSectionKey, string> {
  return {
    [BidSectionKey.FUNCTION_AND_MODEL]:
      `The network will bring together the lay members, non-executive directors and elected members of ` +
      `${footprintName} to give independent, joined-up challenge to the system's decisions. It will meet ` +
      `every two months, be chaired by a non-executive elected by its members, and report to the ICB board.`,
    [BidSectionKey.EXISTING_NETWORK]: spec.existing,
    [BidSectionKey.INNOVATION]: spec.innovation,
    [BidSectionKey.AMBITION]: spec.ambition,
    [BidSectionKey.SCALE]: spec.scale,
    [BidSectionKey.CROSS_FOOTPRINT_TRUSTS]: spanningTrust
      ? `${spanningTrust} serves several ICSs in the region. Its non-executives will be invited to the ` +
        `network, and we will agree with the neighbouring networks how to share their time.`
      : "",
    [BidSectionKey.OUTCOMES_AND_LEARNING]:
      "By the end of the pilot every workstream will have a named non-executive, members will report that " +
      "they understand and can influence system decisions, and we will publish what worked and what did not " +
      "through the national learning event and a short written case study.",
    [BidSectionKey.TIMELINE]:
      "April 2027: coordinator in post and first meeting. June 2027: terms of reference agreed with the ICB. " +
      "September 2027: interim review. March 2028: evaluation and learning report.",
  };
}

function buildBids(ref: ReferenceData, plan: PeoplePlan, users: UserSeed[]): BidSeed[] {
  const organisationByName = new Map(ref.organisations.map((o) => [o.name, o.key]));
  const leadByIcs = new Map(
    users
      .filter((user) => user.email.startsWith("member."))
      .map((user) => {
        const person = requireValue(
          plan.people.find((p) => p.id === user.personId),
          user.personId,
        );
        return [person.homeIcs, user.email] as const;
      }),
  );
  return BID_SPECS.map((spec) => {
    const footprint = requireValue(ref.footprintByKey.get(icsKey(spec.ics)), `ICS ${spec.ics}`);
    // The footprint's ambulance trust is the example of a trust spanning several footprints; prefer
    // the one hosted in the footprint over a neighbour linked only by the regional approximation.
    const ambulanceTrusts = ref.organisations.filter(
      (o) =>
        o.kind === OrganisationKind.TRUST &&
        !o.closedOn &&
        o.name.includes("Ambulance") &&
        ref.links.some((link) => link.orgKey === o.key && link.footprintKey === footprint.key),
    );
    const spanningTrust = ambulanceTrusts.find((o) => o.homeIcs === spec.ics) ?? ambulanceTrusts[0];
    const bodies = writeBidSections(spec, footprint.name, spanningTrust?.name ?? null);
    const sections = Object.values(BidSectionKey).map((key) => ({
      key,
      body: !spec.written || spec.written.includes(key) ? bodies[key] : "",
    }));
    const budgetLines = spec.budget.map(([description, pounds]) => ({
      description,
      amountPence: pounds * 100,
    }));
    const leadEmail =
      spec.ics === "QXU"
        ? "member@example.org"
        : requireValue(leadByIcs.get(spec.ics), `a bid lead in ${spec.ics}`);
    return {
      id: `seed-bid-${ROUND_SLUG}-${spec.ics.toLowerCase()}`,
      footprintKey: footprint.key,
      leadEmail,
      coAuthorEmails: spec.ics === "QXU" ? ["member.surrey-heartlands@example.org"] : [],
      title: spec.title,
      state: spec.state,
      amountRequestedPence: budgetLines.reduce((sum, line) => sum + line.amountPence, 0),
      declarationAccepted: spec.state === BidState.SUBMITTED,
      createdAt: new Date(spec.createdAt),
      submittedAt: spec.submittedAt ? new Date(spec.submittedAt) : null,
      sections,
      partners: spec.partnerNames.map(([name, role]) => ({
        orgKey: requireValue(organisationByName.get(name), `organisation ${name}`),
        role,
      })),
      budgetLines,
    };
  });
}

// ---------------------------------------------------------------------------
// Writing to the database
// ---------------------------------------------------------------------------

function isSameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * Upserts rows on a natural key in two round trips rather than one per row: inserts the missing ones
 * in one createMany, updates only those whose seeded fields differ (none on a re-run), and returns the
 * row id for each key, which may be an id the row was given before the seed ever ran.
 */
async function upsertByKey<T extends { id: string }>({
  rows,
  load,
  keyOf,
  fields,
  createMany,
  update,
}: {
  rows: T[];
  load: () => Promise<T[]>;
  keyOf: (row: T) => string;
  fields: ReadonlyArray<keyof T>;
  createMany: (rows: T[]) => Promise<unknown>;
  update: (id: string, data: Partial<T>) => Promise<unknown>;
}): Promise<Map<string, string>> {
  const existing = new Map((await load()).map((row) => [keyOf(row), row]));
  const missing: T[] = [];
  for (const row of rows) {
    const current = existing.get(keyOf(row));
    if (!current) {
      missing.push(row);
      continue;
    }
    const changed = fields.filter((name) => !isSameValue(row[name], current[name]));
    if (changed.length) {
      await update(
        current.id,
        Object.fromEntries(changed.map((name) => [name, row[name]])) as Partial<T>,
      );
    }
  }
  if (missing.length) await createMany(missing);
  return new Map((await load()).map((row) => [keyOf(row), row.id]));
}

/** Connects the missing members of an implicit many-to-many relation; nothing when all are there. */
async function connectMissing({
  wanted,
  load,
  connect,
}: {
  wanted: Map<string, string[]>;
  load: (ids: string[]) => Promise<Array<{ id: string; have: string[] }>>;
  connect: (id: string, ids: string[]) => Promise<unknown>;
}): Promise<void> {
  const have = new Map((await load([...wanted.keys()])).map((row) => [row.id, new Set(row.have)]));
  for (const [id, ids] of wanted) {
    const present = have.get(id);
    if (!present) continue;
    const missing = ids.filter((other) => !present.has(other));
    if (missing.length) await connect(id, missing);
  }
}

function footprintRowKey(row: {
  id: string;
  kind: FootprintKind;
  odsCode: string | null;
  onsCode: string | null;
}): string {
  if (row.kind === FootprintKind.ICS) return icsKey(row.odsCode ?? `id:${row.id}`);
  if (row.kind === FootprintKind.STP) return stpKey(row.onsCode ?? `id:${row.id}`);
  return `ICP:${row.id}`;
}

export type Ids = {
  regions: Map<string, string>;
  footprints: Map<string, string>;
  organisations: Map<string, string>;
  skills: Map<string, string>;
  sectors: Map<string, string>;
  users: Map<string, string>;
};

export function idOf(map: Map<string, string>, key: string, what: string): string {
  return requireValue(map.get(key), `${what} ${key}`);
}

async function writeReferenceData(db: Db, ref: ReferenceData): Promise<Omit<Ids, "users">> {
  const regions = await upsertByKey({
    rows: ref.regions,
    load: () =>
      db.region.findMany({ select: { id: true, odsCode: true, onsCode: true, name: true } }),
    keyOf: (row) => row.odsCode,
    fields: ["onsCode", "name"],
    createMany: (data) => db.region.createMany({ data, skipDuplicates: true }),
    update: (id, data) => db.region.update({ where: { id }, data }),
  });

  const named = (names: readonly string[], prefix: string) =>
    names.map((name) => ({ id: `seed-${prefix}-${slugify(name)}`, name }));
  const skills = await upsertByKey({
    rows: named(SKILLS, "skill"),
    load: () => db.skill.findMany({ select: { id: true, name: true } }),
    keyOf: (row) => row.name,
    fields: [],
    createMany: (data) => db.skill.createMany({ data, skipDuplicates: true }),
    update: async () => {},
  });
  const sectors = await upsertByKey({
    rows: named(SECTORS, "sector"),
    load: () => db.sector.findMany({ select: { id: true, name: true } }),
    keyOf: (row) => row.name,
    fields: [],
    createMany: (data) => db.sector.createMany({ data, skipDuplicates: true }),
    update: async () => {},
  });

  const footprintSelect = {
    id: true,
    kind: true,
    name: true,
    odsCode: true,
    onsCode: true,
    regionId: true,
    parentId: true,
  } as const;
  const toFootprintRow = (footprint: FootprintSeed, parentId: string | null) => ({
    id: footprint.id,
    kind: footprint.kind,
    name: footprint.name,
    odsCode: footprint.odsCode,
    onsCode: footprint.onsCode,
    regionId: idOf(regions, footprint.regionCode, "region"),
    parentId,
  });
  const writeFootprints = (rows: ReturnType<typeof toFootprintRow>[]) =>
    upsertByKey({
      rows,
      load: () => db.footprint.findMany({ select: footprintSelect }),
      keyOf: footprintRowKey,
      fields: ["name", "regionId", "parentId"],
      createMany: (data) => db.footprint.createMany({ data, skipDuplicates: true }),
      update: (id, data) => db.footprint.update({ where: { id }, data }),
    });
  // ICSs and STPs first: an ICP's row needs its parent ICS's id.
  const topLevel = await writeFootprints(
    ref.footprints.filter((f) => f.kind !== FootprintKind.ICP).map((f) => toFootprintRow(f, null)),
  );
  const footprints = await writeFootprints(
    ref.footprints
      .filter((f) => f.kind === FootprintKind.ICP)
      .map((f) =>
        toFootprintRow(
          f,
          idOf(topLevel, requireValue(f.parentKey, `parent of ${f.name}`), "footprint"),
        ),
      ),
  );

  const organisationRows = ref.organisations.map((o) => ({
    id: o.id,
    kind: o.kind,
    name: o.name,
    odsCode: o.odsCode,
    onsCode: o.onsCode,
    postcode: o.postcode,
    openedOn: o.openedOn,
    closedOn: o.closedOn,
    regionId: o.regionCode ? idOf(regions, o.regionCode, "region") : null,
  }));
  const codes = organisationRows.flatMap((o) => (o.odsCode ? [o.odsCode] : []));
  const syntheticIds = organisationRows.filter((o) => !o.odsCode).map((o) => o.id);
  const organisations = await upsertByKey({
    rows: organisationRows,
    load: () =>
      db.organisation.findMany({
        where: { OR: [{ odsCode: { in: codes } }, { id: { in: syntheticIds } }] },
        select: {
          id: true,
          kind: true,
          name: true,
          odsCode: true,
          onsCode: true,
          postcode: true,
          openedOn: true,
          closedOn: true,
          regionId: true,
        },
      }),
    keyOf: (row) => row.odsCode ?? row.id,
    fields: ["kind", "name", "onsCode", "postcode", "openedOn", "closedOn", "regionId"],
    createMany: (data) => db.organisation.createMany({ data, skipDuplicates: true }),
    update: (id, data) => db.organisation.update({ where: { id }, data }),
  });
  await db.organisationFootprint.createMany({
    data: ref.links.map((link) => ({
      organisationId: idOf(organisations, link.orgKey, "organisation"),
      footprintId: idOf(footprints, link.footprintKey, "footprint"),
    })),
    skipDuplicates: true,
  });

  return { regions, footprints, organisations, skills, sectors };
}

async function writePeople(db: Db, people: PersonSeed[], ids: Omit<Ids, "users">): Promise<void> {
  await db.person.createMany({
    data: people.map((p) => ({
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      email: p.email,
      phone: p.phone,
      bio: p.bio,
      contactPreference: p.contactPreference,
      emailVisibility: p.emailVisibility,
      phoneVisibility: p.phoneVisibility,
    })),
    skipDuplicates: true,
  });
  const tags = (names: string[], map: Map<string, string>, what: string) =>
    names.map((name) => idOf(map, name, what));
  await connectMissing({
    wanted: new Map(people.map((p) => [p.id, tags(p.skills, ids.skills, "skill")])),
    load: async (personIds) =>
      (
        await db.person.findMany({
          where: { id: { in: personIds } },
          select: { id: true, skills: { select: { id: true } } },
        })
      ).map((row) => ({ id: row.id, have: row.skills.map((s) => s.id) })),
    connect: (id, skillIds) =>
      db.person.update({
        where: { id },
        data: { skills: { connect: skillIds.map((skillId) => ({ id: skillId })) } },
      }),
  });
  await connectMissing({
    wanted: new Map(people.map((p) => [p.id, tags(p.sectors, ids.sectors, "sector")])),
    load: async (personIds) =>
      (
        await db.person.findMany({
          where: { id: { in: personIds } },
          select: { id: true, sectors: { select: { id: true } } },
        })
      ).map((row) => ({ id: row.id, have: row.sectors.map((s) => s.id) })),
    connect: (id, sectorIds) =>
      db.person.update({
        where: { id },
        data: { sectors: { connect: sectorIds.map((sectorId) => ({ id: sectorId })) } },
      }),
  });
  await db.appointment.createMany({
    data: people.flatMap((p) =>
      p.appointments.map((a) => ({
        id: a.id,
        personId: p.id,
        organisationId: idOf(ids.organisations, a.orgKey, "organisation"),
        role: a.role,
        title: a.title,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
      })),
    ),
    skipDuplicates: true,
  });
  await db.declaration.createMany({
    data: people.flatMap((p) =>
      p.declarations.map((d) => ({
        id: d.id,
        personId: p.id,
        type: d.type,
        organisationId: d.orgKey ? idOf(ids.organisations, d.orgKey, "organisation") : null,
        partyName: d.partyName,
        description: d.description,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        published: d.published,
        requiredByPolicy: d.requiredByPolicy,
      })),
    ),
    skipDuplicates: true,
  });
}

async function writeUsers(
  db: Db,
  users: UserSeed[],
  footprints: Map<string, string>,
  passwordHash: string,
): Promise<Map<string, string>> {
  await db.user.createMany({
    data: users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      personId: u.personId,
      passwordHash,
    })),
    skipDuplicates: true,
  });
  const rows = await db.user.findMany({
    where: { email: { in: users.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  await db.roleGrant.createMany({
    data: users.flatMap((u) =>
      u.roles.map((grant) => ({
        id: `${u.id.replace("seed-user", "seed-grant")}-${grant.role.toLowerCase().replace(/_/g, "-")}`,
        userId: idOf(byEmail, u.email, "user"),
        role: grant.role,
        footprintId: grant.footprintKey ? idOf(footprints, grant.footprintKey, "footprint") : null,
        grantedAt: new Date("2026-09-01T09:00:00.000Z"),
      })),
    ),
    skipDuplicates: true,
  });
  return byEmail;
}

async function writeNetworks(db: Db, plan: OrganisationPlan, ids: Ids): Promise<void> {
  await db.network.createMany({
    data: plan.networks.map((n) => ({
      id: n.id,
      footprintId: idOf(ids.footprints, n.footprintKey, "footprint"),
      name: n.name,
      purpose: n.purpose,
      function: n.function,
      model: n.model,
      howToJoin: n.howToJoin,
      status: n.status,
    })),
    skipDuplicates: true,
  });
  await db.networkOrganisation.createMany({
    data: plan.networks.flatMap((n) =>
      n.organisationKeys.map((key) => ({
        networkId: n.id,
        organisationId: idOf(ids.organisations, key, "organisation"),
      })),
    ),
    skipDuplicates: true,
  });
  await db.networkMembership.createMany({ data: plan.memberships, skipDuplicates: true });
  await db.networkJoinRequest.createMany({
    data: plan.joinRequests.map(({ decidedByEmail, ...request }) => ({
      ...request,
      decidedById: decidedByEmail ? idOf(ids.users, decidedByEmail, "user") : null,
    })),
    skipDuplicates: true,
  });

  // Workstreams and seats are unique by (footprint, name), so map back through that rather than trust our ids.
  await db.workstream.createMany({
    data: plan.workstreams.map((w) => ({
      id: w.id,
      footprintId: idOf(ids.footprints, w.footprintKey, "footprint"),
      name: w.name,
      description: w.description,
      status: w.status,
    })),
    skipDuplicates: true,
  });
  await db.boardSeat.createMany({
    data: plan.boardSeats.map((s) => ({
      id: s.id,
      footprintId: idOf(ids.footprints, s.footprintKey, "footprint"),
      name: s.name,
      description: s.description,
      status: SeatStatus.ACTIVE,
    })),
    skipDuplicates: true,
  });
  const footprintIds = [
    ...new Set(
      [...plan.workstreams, ...plan.boardSeats].map((row) =>
        idOf(ids.footprints, row.footprintKey, "footprint"),
      ),
    ),
  ];
  const footprintKeyById = new Map([...ids.footprints].map(([key, id]) => [id, key]));
  const keyed = (rows: Array<{ id: string; footprintId: string; name: string }>) =>
    new Map(
      rows.map((row) => [
        workstreamKey(idOf(footprintKeyById, row.footprintId, "footprint key"), row.name),
        row.id,
      ]),
    );
  const workstreamIds = keyed(
    await db.workstream.findMany({
      where: { footprintId: { in: footprintIds } },
      select: { id: true, footprintId: true, name: true },
    }),
  );
  const seatIds = keyed(
    await db.boardSeat.findMany({
      where: { footprintId: { in: footprintIds } },
      select: { id: true, footprintId: true, name: true },
    }),
  );
  await connectMissing({
    wanted: new Map(
      plan.workstreams.map((w) => [
        idOf(workstreamIds, workstreamKey(w.footprintKey, w.name), "workstream"),
        w.skills.map((skill) => idOf(ids.skills, skill, "skill")),
      ]),
    ),
    load: async (workstreamIdList) =>
      (
        await db.workstream.findMany({
          where: { id: { in: workstreamIdList } },
          select: { id: true, skills: { select: { id: true } } },
        })
      ).map((row) => ({ id: row.id, have: row.skills.map((s) => s.id) })),
    connect: (id, skillIds) =>
      db.workstream.update({
        where: { id },
        data: { skills: { connect: skillIds.map((skillId) => ({ id: skillId })) } },
      }),
  });
  await db.assignment.createMany({
    data: plan.assignments.map((a) => ({
      id: a.id,
      personId: a.personId,
      workstreamId: a.workstreamKey ? idOf(workstreamIds, a.workstreamKey, "workstream") : null,
      boardSeatId: a.boardSeatKey ? idOf(seatIds, a.boardSeatKey, "board seat") : null,
      role: a.role,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      endReason: a.endReason,
      assignedById: a.assignedByEmail ? idOf(ids.users, a.assignedByEmail, "user") : null,
    })),
    skipDuplicates: true,
  });
}

/** The pilot rounds' criteria (innovation, ambition, scale) and 1–5 scale, with fixed ids. */
export async function writeCriteriaAndScale(
  db: Db,
  { roundId, slug }: { roundId: string; slug: string },
): Promise<void> {
  await db.criterion.createMany({
    data: CRITERIA.map((criterion, position) => ({
      id: `seed-criterion-${slug}-${slugify(criterion.name)}`,
      roundId,
      ...criterion,
      position,
    })),
    skipDuplicates: true,
  });
  await db.scalePoint.createMany({
    data: SCALE_POINTS.map((point) => ({
      id: `seed-scale-point-${slug}-${point.value}`,
      roundId,
      ...point,
    })),
    skipDuplicates: true,
  });
}

async function writeRoundAndBids(db: Db, bids: BidSeed[], ids: Ids): Promise<void> {
  await db.fundingRound.createMany({
    data: [
      {
        id: `seed-round-${ROUND_SLUG}`,
        slug: ROUND_SLUG,
        title: "Non-executive community network pilot sites",
        description:
          "Funding for seven local non-executive community networks, bringing together the lay members, " +
          "non-executive directors and elected members of an ICS, STP or ICP footprint so that they are " +
          "engaged in system decisions. Bids are scored on innovation, ambition and the scale of the local " +
          "challenge, and the learning from the pilots will be shared nationally.",
        eligibility:
          "One bid per footprint, led by a lay member, non-executive director or councillor with a current " +
          "appointment at an organisation in the footprint.",
        // Opening and closing times are set in UK time: 09:00 BST on 1 October, 12:00 GMT on 29 January.
        opensAt: londonTime("2026-10-01T09:00"),
        closesAt: londonTime("2027-01-29T12:00"),
        budgetPence: 35_000_000,
        pilotPlaces: 7,
        assessorsPerBid: 3,
        state: RoundState.OPEN,
      },
    ],
    skipDuplicates: true,
  });
  const round = requireValue(
    await db.fundingRound.findUnique({ where: { slug: ROUND_SLUG }, select: { id: true } }),
    `funding round ${ROUND_SLUG}`,
  );
  await writeCriteriaAndScale(db, { roundId: round.id, slug: ROUND_SLUG });

  await db.bid.createMany({
    data: bids.map((b) => ({
      id: b.id,
      roundId: round.id,
      footprintId: idOf(ids.footprints, b.footprintKey, "footprint"),
      leadUserId: idOf(ids.users, b.leadEmail, "user"),
      title: b.title,
      state: b.state,
      amountRequestedPence: b.amountRequestedPence,
      declarationAccepted: b.declarationAccepted,
      createdAt: b.createdAt,
      submittedAt: b.submittedAt,
    })),
    skipDuplicates: true,
  });
  // A footprint that already has a live bid of its own keeps it; the seed's bid for it was skipped.
  const present = new Set(
    (
      await db.bid.findMany({ where: { id: { in: bids.map((b) => b.id) } }, select: { id: true } })
    ).map((row) => row.id),
  );
  const written = bids.filter((b) => present.has(b.id));
  await db.bidSection.createMany({
    data: written.flatMap((b) =>
      b.sections.map((section) => ({
        id: `${b.id}-${section.key.toLowerCase().replace(/_/g, "-")}`,
        bidId: b.id,
        key: section.key,
        body: section.body,
        updatedById: section.body ? idOf(ids.users, b.leadEmail, "user") : null,
      })),
    ),
    skipDuplicates: true,
  });
  await db.bidPartner.createMany({
    data: written.flatMap((b) =>
      b.partners.map((p) => ({
        bidId: b.id,
        organisationId: idOf(ids.organisations, p.orgKey, "organisation"),
        role: p.role,
      })),
    ),
    skipDuplicates: true,
  });
  await db.bidCoAuthor.createMany({
    data: written.flatMap((b) =>
      b.coAuthorEmails.map((email) => ({
        bidId: b.id,
        userId: idOf(ids.users, email, "user"),
        addedAt: addDays(b.createdAt, 2),
        addedById: idOf(ids.users, b.leadEmail, "user"),
      })),
    ),
    skipDuplicates: true,
  });
  await db.budgetLine.createMany({
    data: written.flatMap((b) =>
      b.budgetLines.map((line, position) => ({
        id: `${b.id}-budget-${position + 1}`,
        bidId: b.id,
        ...line,
        position,
      })),
    ),
    skipDuplicates: true,
  });
}

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

async function countRows(db: Db): Promise<SeedSummary> {
  const [
    regions,
    footprintGroups,
    organisationGroups,
    people,
    users,
    networks,
    workstreams,
    boardSeats,
    assignments,
    fundingRounds,
    bidGroups,
    events,
  ] = await Promise.all([
    db.region.count(),
    db.footprint.groupBy({ by: ["kind"], _count: { _all: true } }),
    db.organisation.groupBy({ by: ["kind"], _count: { _all: true } }),
    db.person.count(),
    db.user.count(),
    db.network.count(),
    db.workstream.count(),
    db.boardSeat.count(),
    db.assignment.count(),
    db.fundingRound.count(),
    db.bid.groupBy({ by: ["state"], _count: { _all: true } }),
    db.event.count(),
  ]);
  const footprints = { ICS: 0, STP: 0, ICP: 0 } as Record<FootprintKind, number>;
  for (const group of footprintGroups) footprints[group.kind] = group._count._all;
  const organisationsByKind = Object.fromEntries(
    Object.values(OrganisationKind).map((kind) => [kind, 0]),
  ) as Record<OrganisationKind, number>;
  for (const group of organisationGroups) organisationsByKind[group.kind] = group._count._all;
  const bidsByState: Partial<Record<BidState, number>> = {};
  for (const group of bidGroups) bidsByState[group.state] = group._count._all;
  return {
    regions,
    footprints,
    organisations: Object.values(organisationsByKind).reduce((sum, n) => sum + n, 0),
    organisationsByKind,
    people,
    users,
    networks,
    workstreams,
    boardSeats,
    assignments,
    fundingRounds,
    bids: Object.values(bidsByState).reduce((sum, n) => sum + n, 0),
    bidsByState,
    events,
  };
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/** Everything the seed will write, built in memory from the CSVs and the seeded PRNG alone. */
function buildSeedPlan(ref: ReferenceData) {
  const people = buildPeople(ref);
  const organisationPlan = buildNetworksAndAssignments(ref, people);
  const { special } = people;

  const users: UserSeed[] = [
    buildUser("demo-member", "member@example.org", special.member, [
      { role: Role.MEMBER, footprintKey: null },
    ]),
    buildUser("demo-assessor", "assessor@example.org", special.assessor, [
      { role: Role.ASSESSOR, footprintKey: null },
    ]),
    buildUser("demo-admin", "admin@example.org", special.admin, [
      { role: Role.PROGRAMME_ADMIN, footprintKey: null },
      { role: Role.MEMBER, footprintKey: null },
    ]),
    buildUser("demo-board-surrey", "board.surrey@example.org", special.boardSurrey, [
      { role: Role.BOARD_ADMIN, footprintKey: icsKey("QXU") },
      { role: Role.MEMBER, footprintKey: null },
    ]),
    buildUser(
      "demo-board-west-yorkshire",
      "board.westyorkshire@example.org",
      special.boardWestYorkshire,
      [
        { role: Role.BOARD_ADMIN, footprintKey: icsKey("QWO") },
        { role: Role.MEMBER, footprintKey: null },
      ],
    ),
    // Two more assessors, so that a bid can get the round's three.
    ...special.extraAssessors.map((person, index) =>
      buildUser(`staff-assessor-${index + 2}`, `assessor${index + 2}@example.org`, person, [
        { role: Role.ASSESSOR, footprintKey: null },
      ]),
    ),
  ];

  // A member account for each bidding footprint's lead (and a Surrey co-author): the first person
  // with a current appointment there, who in the example footprints also holds a seat or a lead.
  const linkSet = new Set(ref.links.map((link) => `${link.orgKey}|${link.footprintKey}`));
  const taken = new Set(users.map((user) => user.personId));
  const leadIcs = [...BID_SPECS.map((spec) => spec.ics).filter((ics) => ics !== "QXU"), "QXU"];
  for (const ics of leadIcs) {
    const footprint = requireValue(ref.footprintByKey.get(icsKey(ics)), `ICS ${ics}`);
    const person = requireValue(
      (people.byIcs.get(ics) ?? []).find(
        (p) => !taken.has(p.id) && isEligibleIn(p, footprint.key, linkSet),
      ),
      `an eligible person in ${ics}`,
    );
    taken.add(person.id);
    const slug = slugify(footprint.name);
    users.push(
      buildUser(`member-${slug}`, `member.${slug}@example.org`, person, [
        { role: Role.MEMBER, footprintKey: null },
      ]),
    );
  }
  const bids = buildBids(ref, people, users);
  // The second round, in assessment (prisma/seed-assessment.ts), brings assessors and bid leads of its own.
  const waveOne = planWaveOne({ ref, people, users });
  people.people.push(...waveOne.people);
  users.push(...waveOne.users);
  return { people, organisationPlan, users, bids, waveOne };
}

/**
 * Loads the demo data into the database behind `prisma` (migrated already) and returns the row
 * counts. Safe to run again: see the top of this file.
 */
export async function seed(
  prisma: PrismaClient,
  { log = () => {} }: SeedOptions = {},
): Promise<SeedSummary> {
  const ref = readReferenceData();
  const plan = buildSeedPlan(ref);
  // Hashing is deliberately slow, so hash once and give every demo account the same hash.
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2 /* argon2id */ });

  await prisma.$transaction(
    async (db) => {
      const reference = await writeReferenceData(db, ref);
      log(
        `Reference data: ${ref.regions.length} regions, ${ref.footprints.length} footprints, ${ref.organisations.length} organisations`,
      );
      await writePeople(db, plan.people.people, reference);
      log(`People: ${plan.people.people.length}`);
      const users = await writeUsers(db, plan.users, reference.footprints, passwordHash);
      log(`Users: ${plan.users.length}`);
      const ids: Ids = { ...reference, users };
      await writeNetworks(db, plan.organisationPlan, ids);
      log(
        `Networks: ${plan.organisationPlan.networks.length}, workstreams: ${plan.organisationPlan.workstreams.length}`,
      );
      await writeRoundAndBids(db, plan.bids, ids);
      log(`Funding round ${ROUND_SLUG} with ${plan.bids.length} bids`);
      await writeWaveOne(db, plan.waveOne, ids);
      log(`Funding round ${WAVE_ONE_SLUG} with ${plan.waveOne.bids.length} bids`);
      await writeEventsAndLearning(db, ids);
    },
    // One transaction, so a failure half way leaves nothing half-seeded; generous limits for slow disks.
    { maxWait: 20_000, timeout: 120_000 },
  );
  return countRows(prisma);
}

/** The summary as lines of text, for printing. */
export function formatSeedSummary(summary: SeedSummary): string[] {
  const byKind = (counts: Record<string, number | undefined>) =>
    Object.entries(counts)
      .filter(([, n]) => n)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ");
  return [
    `regions:       ${summary.regions}`,
    `footprints:    ${byKind(summary.footprints)}`,
    `organisations: ${summary.organisations} (${byKind(summary.organisationsByKind)})`,
    `people:        ${summary.people}`,
    `users:         ${summary.users}`,
    `networks:      ${summary.networks}`,
    `workstreams:   ${summary.workstreams}; board seats: ${summary.boardSeats}; assignments: ${summary.assignments}`,
    `rounds:        ${summary.fundingRounds}`,
    `bids:          ${summary.bids} (${byKind(summary.bidsByState)})`,
    `events:        ${summary.events}`,
  ];
}
