import type { ReactNode, TextareaHTMLAttributes } from "react";
import { LabelledField } from "./field";

export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  rows = 5,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          {...aria}
          className={`block w-full rounded-none border-2 bg-white p-nhs-2 text-nhs-19 ${error ? "border-nhs-error" : "border-nhs-grey-1"}`}
          {...props}
        />
      )}
    </LabelledField>
  );
}
