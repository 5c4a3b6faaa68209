import type { ReactNode } from "react";

/**
 * A wide table's frame: on a narrow screen the table scrolls sideways inside it, and the frame
 * takes focus so that keyboard users can scroll it too (axe: scrollable-region-focusable).
 * `relative` keeps the table's visually hidden text inside the frame: absolutely positioned, it
 * would otherwise sit out past the page's right edge and make the whole page scroll.
 */
export function TableScroller({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      // A region that scrolls must be reachable from the keyboard (WCAG 2.1.1); the rule's
      // general worry, a focus stop that does nothing, does not apply to it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={`relative overflow-x-auto focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-nhs-focus ${className}`}
    >
      {children}
    </div>
  );
}
