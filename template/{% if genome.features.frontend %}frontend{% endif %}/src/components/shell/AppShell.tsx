"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

import { Alert } from "@/components/ui/Alert";
import { product } from "@/generated/genome";
import { useSession } from "@/lib/session";

import { Nav } from "./Nav";
import styles from "./Shell.module.css";
import { UserMenu } from "./UserMenu";
import { WorkspaceSwitcher } from "./WorkspaceSwitcher";

/** The header, the navigation and the page, for the tab's workspace. */
export function AppShell({ children }: { children: ReactNode }) {
  const { membership } = useSession();
  const pathname = usePathname();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(pathname);

  // After a navigation, focus goes to the new page (Next.js leaves it on the link).
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus();
  }, [pathname]);
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Link href="/" className={styles.product}>
          {product}
        </Link>
        <WorkspaceSwitcher />
        <UserMenu />
      </header>
      <div className={styles.body}>
        <Nav />
        {/* A new workspace remounts the page: its data is reloaded there. */}
        <main
          id="main"
          ref={main}
          tabIndex={-1}
          className={styles.main}
          key={membership?.workspace.id}
        >
          {membership ? (
            children
          ) : (
            <Alert tone="info" title="No workspace">
              You are not a member of any workspace yet. Ask a workspace owner
              for an invitation.
            </Alert>
          )}
        </main>
      </div>
    </div>
  );
}
