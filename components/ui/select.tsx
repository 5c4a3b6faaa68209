import type { ReactNode, SelectHTMLAttributes } from "react";
import { LabelledField } from "./field";

export function Select({
  id,
  name,
  label,
  hint,
  error,
  options,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select
          id={id}
          name={name}
          {...aria}
          className={`h-10 min-w-[23ex] border-2 bg-white px-nhs-2 text-nhs-19 ${error ? "border-nhs-error" : "border-nhs-grey-1"}`}
          {...props}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
