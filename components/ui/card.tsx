import type { ReactNode } from "react";

/** The NHS.UK card: a white panel that groups related content, optionally headed by a link. */
export function Card({
  heading,
  href,
  children,
  headingLevel: Heading = "h2",
}: {
  heading: ReactNode;
  href?: string;
  children?: ReactNode;
  headingLevel?: "h2" | "h3";
}) {
  return (
    <div className="mb-nhs-4 border border-nhs-border bg-white p-nhs-4">
      <Heading className="mt-0 text-nhs-22">
        {href ? <a href={href}>{heading}</a> : heading}
      </Heading>
      {children}
    </div>
  );
}
