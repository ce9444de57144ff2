import Link from "next/link";

import styles from "./AuthLinks.module.css";

/** The other ways in, under a form: each keeps the page to come back to. */
export function AuthLinks({
  links,
}: {
  links: { href: string; label: string }[];
}) {
  return (
    <ul className={styles.links}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}

/** `path` with `?next=`, unless next is the dashboard. */
export function withNext(path: string, next: string): string {
  return next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`;
}
