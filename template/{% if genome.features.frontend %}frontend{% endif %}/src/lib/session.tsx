"use client";

/**
 * The signed-in user and the tab's workspace, for every screen under (app).
 * SessionProvider loads /auth/me/ (the user, their memberships and their active
 * workspace) and renders its children once it has them; useSession() reads them.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";

import { Alert } from "@/components/ui/Alert";
import { LoadFailed } from "@/components/ui/LoadFailed";
import { Spinner } from "@/components/ui/Spinner";
import type { components } from "@/generated/api/schema";

import { client, isUnauthenticated, unwrap } from "./api";
import { SIGN_IN, signInPath } from "./navigation";
import { setTabWorkspace, tabWorkspace } from "./workspace";

type Profile = components["schemas"]["Profile"];

export interface Membership {
  workspace: { id: number; name: string };
  role: string;
}

export interface Session {
  user: { id: number; email: string; first_name: string; last_name: string };
  /** The tab's workspace and the user's role in it; null before one is chosen. */
  membership: Membership | null;
  memberships: Membership[];
  /** Change the tab's workspace (sent as X-Workspace with each request of this tab). */
  switchWorkspace(id: number): void;
  signOut(): Promise<void>;
  /** Load the user and the memberships again, after a change to them. */
  reload(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

type Load =
  | { state: "loading" }
  | { state: "failed"; error: unknown }
  | { state: "ready"; profile: Profile; workspace: number | null };

function membershipsOf(profile: Profile): Membership[] {
  return profile.memberships.map((m) => ({
    workspace: { id: m.workspace.id, name: m.workspace.name },
    role: m.role ?? "",
  }));
}

/** The tab's workspace if the user is still a member, else their active one. */
function chooseWorkspace(profile: Profile): number | null {
  const ids = profile.memberships.map((m) => m.workspace.id);
  const tab = tabWorkspace();
  if (tab !== null && ids.includes(tab)) return tab;
  const active = profile.active_workspace?.id;
  if (active !== undefined && ids.includes(active)) return active;
  return ids[0] ?? null;
}

/** The user, and the workspace this tab acts in (remembered for the tab). */
async function fetchSession(): Promise<Load> {
  try {
    const profile = await unwrap(client.GET("/api/v1/auth/me/"));
    const workspace = chooseWorkspace(profile);
    setTabWorkspace(workspace);
    return { state: "ready", profile, workspace };
  } catch (error) {
    return { state: "failed", error };
  }
}

function Failure({ error, retry }: { error: unknown; retry(): void }) {
  if (isUnauthenticated(error)) {
    return (
      <Alert tone="info" title="You are signed out">
        <a href={signInPath(window.location.pathname + window.location.search)}>
          Sign in
        </a>{" "}
        to continue.
      </Alert>
    );
  }
  return <LoadFailed what="Your account" error={error} retry={retry} />;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    let current = true;
    void fetchSession().then((loaded) => {
      if (current) setLoad(loaded);
    });
    return () => {
      current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    setLoad(await fetchSession());
  }, []);

  const session = useMemo<Session | null>(() => {
    if (load.state !== "ready") return null;
    const { profile, workspace } = load;
    const memberships = membershipsOf(profile);
    return {
      user: {
        id: profile.id,
        email: profile.email,
        first_name: profile.first_name ?? "",
        last_name: profile.last_name ?? "",
      },
      membership: memberships.find((m) => m.workspace.id === workspace) ?? null,
      memberships,
      switchWorkspace(id: number) {
        setTabWorkspace(id);
        setLoad({ state: "ready", profile, workspace: id });
      },
      async signOut() {
        await unwrap(client.POST("/api/v1/auth/logout/"));
        setTabWorkspace(null);
        window.location.assign(SIGN_IN);
      },
      reload,
    };
  }, [load, reload]);

  if (load.state === "failed") {
    return (
      <Failure
        error={load.error}
        retry={() => {
          setLoad({ state: "loading" });
          void reload();
        }}
      />
    );
  }
  if (!session) return <Spinner label="Loading your account…" />;
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session)
    throw new Error("useSession() needs a SessionProvider above it.");
  return session;
}
