import Link from "next/link";
import {
  FOOTPRINT_STATUS_LEGEND,
  type FootprintNetworkStatus,
} from "@/lib/networks/network-status";

type Region = {
  id: string;
  name: string;
  systems: { id: string; name: string; status: FootprintNetworkStatus }[];
};

/**
 * England's 42 integrated care systems as a tile grid, one block per region, each tile coloured by
 * the status of its network. The legend explains the colours; each tile's text names the system
 * and its status, so the grid is its own text alternative and nothing depends on colour alone.
 */
export function FootprintTileGrid({ regions }: { regions: Region[] }) {
  const order: FootprintNetworkStatus[] = ["NONE", "PROPOSED", "ESTABLISHED", "PILOT"];
  const counts = Object.fromEntries(
    order.map((status) => [
      status,
      regions.reduce((n, r) => n + r.systems.filter((s) => s.status === status).length, 0),
    ]),
  );
  return (
    <section aria-labelledby="footprint-map-heading" className="mb-nhs-5">
      <h2 id="footprint-map-heading">Networks across England</h2>
      <p className="text-nhs-16">
        Each tile is an integrated care system, grouped by NHS England region and coloured by the
        status of its non-executive network.
      </p>
      <ul
        aria-label="Key"
        className="m-0 mb-nhs-4 flex list-none flex-wrap gap-nhs-3 p-0 text-nhs-16"
      >
        {order.map((status) => (
          <li key={status} className="flex items-center gap-nhs-2">
            <span
              aria-hidden="true"
              className={`inline-block h-5 w-5 border-2 ${FOOTPRINT_STATUS_LEGEND[status].className}`}
            />
            {FOOTPRINT_STATUS_LEGEND[status].label} ({counts[status]})
          </li>
        ))}
      </ul>
      <div className="grid gap-nhs-3 sm:grid-cols-2">
        {regions.map((region) => (
          <div key={region.id}>
            <h3 className="mt-0 text-nhs-19">{region.name}</h3>
            <ul className="m-0 grid list-none grid-cols-3 gap-nhs-1 p-0">
              {region.systems.map((system) => (
                <li key={system.id}>
                  <Link
                    href={`/footprints/${system.id}`}
                    className={`block h-full border-2 p-nhs-1 text-[0.8125rem] leading-tight hyphens-auto [overflow-wrap:anywhere] no-underline hover:underline ${FOOTPRINT_STATUS_LEGEND[system.status].className} focus-visible:border-nhs-text focus-visible:bg-nhs-focus focus-visible:text-nhs-text`}
                  >
                    {system.name}
                    <span className="sr-only">
                      : {FOOTPRINT_STATUS_LEGEND[system.status].label}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <details className="mt-nhs-4">
        <summary className="cursor-pointer text-nhs-blue underline">The same as a table</summary>
        <table className="mt-nhs-3 w-full border-collapse bg-white text-left text-nhs-16">
          <caption className="sr-only">Network status of each integrated care system</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-2">
                Region
              </th>
              <th scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-2">
                Integrated care system
              </th>
              <th scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-2">
                Network
              </th>
            </tr>
          </thead>
          <tbody>
            {regions.flatMap((region) =>
              region.systems.map((system) => (
                <tr key={system.id}>
                  <td className="border-b border-nhs-border p-nhs-2">{region.name}</td>
                  <td className="border-b border-nhs-border p-nhs-2">{system.name}</td>
                  <td className="border-b border-nhs-border p-nhs-2">
                    {FOOTPRINT_STATUS_LEGEND[system.status].label}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
}
