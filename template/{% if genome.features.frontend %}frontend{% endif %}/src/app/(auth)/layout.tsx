import Link from "next/link";
import type { ReactNode } from "react";

import { product } from "@/generated/genome";

import styles from "./auth.module.css";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Link href="/" className={styles.product}>
          {product}
        </Link>
      </header>
      <main className={styles.card}>{children}</main>
    </div>
  );
}
