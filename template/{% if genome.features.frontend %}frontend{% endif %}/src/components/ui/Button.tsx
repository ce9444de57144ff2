import type { ButtonHTMLAttributes } from "react";

import styles from "./Button.module.css";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "primary" | "secondary" | "danger";
  /** Waiting for an answer: disabled, and says so to assistive technology. */
  busy?: boolean;
}

/** The classes of a button's look, for a link that looks like one. */
export function buttonClass(
  variant: NonNullable<ButtonProps["variant"]> = "secondary",
  className?: string,
): string {
  return [styles.button, styles[variant], className].filter(Boolean).join(" ");
}

/** A button; `type="button"` unless told otherwise. */
export function Button({
  variant = "secondary",
  busy = false,
  type = "button",
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={buttonClass(variant, className)}
    >
      {children}
    </button>
  );
}
