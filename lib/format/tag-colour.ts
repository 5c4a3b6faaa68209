/**
 * The NHS.UK tag colours. The labels in lib/format pick one for each state; components/ui/tag
 * draws it. The type lives here, below both, so the domain's labels never import a component.
 */
export const TAG_COLOURS = [
  "blue",
  "grey",
  "green",
  "yellow",
  "red",
  "purple",
  "white",
  "orange",
] as const;

export type TagColour = (typeof TAG_COLOURS)[number];
