"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { describeError } from "@/lib/errors";
import { useSession } from "@/lib/session";

import styles from "./Shell.module.css";

/** The user's name, opening their account and the way out. */
export function UserMenu() {
  const { user, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const name = [user.first_name, user.last_name].join(" ").trim() || user.email;

  useEffect(() => {
    if (!open) return;
    function close(event: MouseEvent | KeyboardEvent) {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (
        event instanceof MouseEvent &&
        root.current?.contains(event.target as Node)
      ) {
        return;
      }
      setOpen(false);
    }
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  async function onSignOut() {
    setBusy(true);
    setError(null);
    try {
      await signOut();
    } catch (caught) {
      setError(`You are still signed in: ${describeError(caught)}`);
      setBusy(false);
    }
  }

  return (
    <div className={styles.userMenu} ref={root}>
      <Button
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen(!open)}
      >
        {name}
      </Button>
      {open ? (
        <div id="user-menu" className={styles.menu}>
          <p className={styles.menuEmail}>{user.email}</p>
          <ul>
            <li>
              <Link href="/account" onClick={() => setOpen(false)}>
                Your account
              </Link>
            </li>
            <li>
              <Button busy={busy} onClick={onSignOut}>
                Sign out
              </Button>
            </li>
          </ul>
          {error ? <Alert>{error}</Alert> : null}
        </div>
      ) : null}
    </div>
  );
}
