import type { ReactNode } from "react";

import styles from "./Alert.module.css";

export interface AlertProps {
  /** An error is announced at once (role="alert"); the others politely. */
  tone?: "error" | "success" | "info";
  title?: string;
  /** A script may move focus to it (tabIndex -1), as a form does after a failed submit. */
  focusable?: boolean;
  children: ReactNode;
}

export function Alert({
  tone = "error",
  title,
  focusable = false,
  children,
}: AlertProps) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      tabIndex={focusable ? -1 : undefined}
      className={`${styles.alert} ${styles[tone]}`}
    >
      {title ? <p className={styles.title}>{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
