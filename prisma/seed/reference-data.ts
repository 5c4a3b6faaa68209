/**
 * The real reference data (prisma/data, Open Government Licence): the 7 NHS England regions, 42
 * ICSs, 44 STPs of 2017, ICPs, CCGs, ICBs and NHS trusts, plus a few local bodies and the skill and
 * sector tags. Upserted on natural keys (ODS/ONS codes, names), so a row that was there before the
 * seed keeps its id.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FootprintKind, OrganisationKind } from "../../lib/generated/prisma/enums";
import { parseCsvRecords } from "./shared/csv";
import { day, parseCompactDate } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { requireValue, slugify } from "./shared/text";
import { upsertByKey } from "./shared/write";
import { SECTORS, SKILLS } from "./tags";

const DATA_DIR = path.join(import.meta.dirname, "..", "data");

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
export const ICB_ESTABLISHED = day("2022-07-01");

type RegionSeed = { id: string; odsCode: string; onsCode: string; name: string };

export type FootprintSeed = {
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

export type OrganisationSeed = {
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

export function stpKey(onsCode: string): string {
  return `STP:${onsCode}`;
}

export function readReferenceData(dir = DATA_DIR): ReferenceData {
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

export async function writeReferenceData(db: Db, ref: ReferenceData): Promise<Omit<Ids, "users">> {
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
