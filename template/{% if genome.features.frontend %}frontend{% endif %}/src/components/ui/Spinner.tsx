import styles from "./Spinner.module.css";

/** Something is loading; `label` says what, to screen readers and beside it. */
export function Spinner({ label = "Loading…" }: { label?: string }) {
  return (
    <span role="status" className={styles.spinner}>
      <span className={styles.wheel} aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
