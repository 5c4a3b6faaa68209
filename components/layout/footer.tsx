import Link from "next/link";

export function Footer() {
  return (
    <footer
      role="contentinfo"
      className="mt-nhs-7 border-t-4 border-nhs-blue bg-nhs-grey-4 text-nhs-16"
    >
      <div className="mx-auto max-w-nhs-page px-nhs-3 py-nhs-5">
        <h2 className="sr-only">Support links</h2>
        <ul className="m-0 mb-nhs-3 flex list-none flex-wrap gap-x-nhs-5 gap-y-nhs-2 p-0">
          <li>
            <Link href="/">About the programme</Link>
          </li>
          <li>
            <Link href="/footprints">Footprints</Link>
          </li>
          <li>
            <Link href="/privacy">Privacy notice</Link>
          </li>
          <li>
            <a href="/api/health">Service status</a>
          </li>
        </ul>
        <p className="m-0 text-nhs-secondary-text">
          A programme of NHS Clinical Commissioners with NHS England and NHS Improvement. Reference
          data from the ONS Open Geography Portal and NHS England&apos;s Organisation Data Service,
          under the Open Government Licence v3.0. People shown in demonstration data are fictitious.
        </p>
      </div>
    </footer>
  );
}
