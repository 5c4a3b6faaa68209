import Link from "next/link";

/** Previous/next links for a paged list, keeping the other query-string parameters. */
export function Pagination({
  path,
  params,
  current,
  pages,
}: {
  path: string;
  params: Record<string, string>;
  current: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const href = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(page) }).filter(([, v]) => v !== ""),
    );
    if (page === 1) query.delete("page");
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav aria-label="Pages" className="mb-nhs-5 flex flex-wrap items-center gap-nhs-4">
      {current > 1 ? (
        <Link href={href(current - 1)} rel="prev">
          Previous<span className="sr-only"> page</span>
        </Link>
      ) : null}
      <span>
        Page {current} of {pages}
      </span>
      {current < pages ? (
        <Link href={href(current + 1)} rel="next">
          Next<span className="sr-only"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
