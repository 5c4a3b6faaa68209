import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary:
    "bg-nhs-green text-white shadow-[0_4px_0_var(--color-nhs-dark-green)] hover:bg-[#00662f]",
  secondary:
    "bg-transparent text-nhs-blue border-2 border-nhs-blue shadow-[0_4px_0_var(--color-nhs-blue)] hover:bg-[#e6eff8]",
  reverse: "bg-white text-nhs-text shadow-[0_4px_0_var(--color-nhs-text)] hover:bg-nhs-grey-5",
  warning: "bg-nhs-error text-white shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016]",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The NHS.UK button. Server actions post it as a plain form, so it works without JavaScript. */
export function Button({
  variant = "primary",
  className = "",
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button
      type={type}
      className={`mb-nhs-4 inline-block cursor-pointer rounded px-nhs-3 pb-[10px] pt-[12px] text-nhs-19 font-semibold leading-none active:translate-y-[4px] active:shadow-none ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
