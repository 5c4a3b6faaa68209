import type { InputHTMLAttributes, ReactNode } from "react";
import { LabelledField } from "./field";

const WIDTHS = {
  full: "w-full",
  20: "w-full max-w-[41ex]",
  10: "w-full max-w-[23ex]",
  5: "max-w-[10.8ex]",
};

/** A labelled text input with optional hint and error message (NHS.UK text input pattern). */
export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  width = "full",
  labelClassName = "",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  width?: keyof typeof WIDTHS;
  labelClassName?: string;
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      {(aria) => (
        <input
          id={id}
          name={name}
          {...aria}
          className={`block h-10 rounded-none border-2 bg-white px-nhs-2 text-nhs-19 ${error ? "border-nhs-error" : "border-nhs-grey-1"} ${WIDTHS[width]}`}
          {...props}
        />
      )}
    </LabelledField>
  );
}
