"use client";

import { useSession } from "@/lib/session";

import styles from "./Shell.module.css";

/** The workspace this tab works in; other tabs keep their own. */
export function WorkspaceSwitcher() {
  const { membership, memberships, switchWorkspace } = useSession();
  if (memberships.length === 0) return null;
  return (
    <div className={styles.switcher}>
      <label htmlFor="workspace-switcher">Workspace</label>
      <select
        id="workspace-switcher"
        value={membership?.workspace.id ?? ""}
        onChange={(event) => switchWorkspace(Number(event.target.value))}
      >
        {memberships.map(({ workspace }) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </div>
  );
}
