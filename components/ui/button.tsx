import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong dark:text-surface",
  secondary: "border border-line bg-surface text-ink hover:bg-surface-muted",
  danger: "border border-blocker bg-surface text-blocker hover:bg-surface-muted",
  ghost: "text-brand underline-offset-2 hover:underline",
};

export const buttonClass = (variant: Variant = "secondary") =>
  `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium disabled:opacity-50 ${variants[variant]}`;

export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; ref?: React.Ref<HTMLButtonElement> }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...rest} />;
}
