import type { ReactNode } from "react";
import type { TagColour } from "@/lib/format/tag-colour";

export type { TagColour };

const COLOURS: Record<TagColour, string> = {
  blue: "bg-[#d2e2f1] text-[#002d59] border-[#d2e2f1]",
  grey: "bg-[#dbe0e3] text-[#263139] border-[#dbe0e3]",
  green: "bg-[#cce5d8] text-[#002f16] border-[#cce5d8]",
  yellow: "bg-[#fff59d] text-[#3d3800] border-[#fff59d]",
  red: "bg-[#f7d4d1] text-[#6b140e] border-[#f7d4d1]",
  purple: "bg-[#d6cce3] text-[#252525] border-[#d6cce3]",
  white: "bg-white text-nhs-text border-nhs-text",
  orange: "bg-[#ffdc8e] text-[#4d3708] border-[#ffdc8e]",
};

/** The NHS.UK tag: a short status label. Colours pass WCAG AA contrast for their text. */
export function Tag({ colour = "blue", children }: { colour?: TagColour; children: ReactNode }) {
  return (
    <strong
      className={`inline-block border px-nhs-2 py-[2px] text-nhs-16 font-bold leading-normal ${COLOURS[colour]}`}
    >
      {children}
    </strong>
  );
}
