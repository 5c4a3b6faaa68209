import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { DomainError } from "@/lib/errors/domain-error";
import { getPublishedRegister } from "@/lib/footprints/get-published-register";
import { INTEREST_TYPE_LABELS } from "@/lib/format/directory-labels";

export const dynamic = "force-dynamic";

/** A footprint's published register of interests as CSV. Public, like the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const { footprint, entries } = await getPublishedRegister({ footprintId: id });
    const csv = toCsv([
      ["name", "type", "organisation_or_party", "description", "from", "to"],
      ...entries.map((d) => [
        `${d.person.givenName} ${d.person.familyName}`,
        INTEREST_TYPE_LABELS[d.type],
        d.organisation?.name ?? d.partyName ?? "",
        d.description,
        d.startsOn.toISOString().slice(0, 10),
        d.endsOn ? d.endsOn.toISOString().slice(0, 10) : "",
      ]),
    ]);
    const slug = footprint.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return csvResponse({ filename: `register-of-interests-${slug}.csv`, csv });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
