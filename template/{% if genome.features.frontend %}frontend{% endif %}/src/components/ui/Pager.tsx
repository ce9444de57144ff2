import { Button } from "./Button";
import styles from "./Pager.module.css";

/** Previous and Next through a list's pages, and where the list is. */
export function Pager({
  page,
  pages,
  label,
  onPage,
}: {
  page: number;
  pages: number;
  /** What is paged, for the navigation's name: "Tasks". */
  label: string;
  onPage(page: number): void;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={`${label}, pages`} className={styles.pager}>
      <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span aria-live="polite">
        Page {page} of {pages}
      </span>
      <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}
