"use client";

import { useCallback, useEffect, useState } from "react";

/** Data a screen loads: loading (with the data it had, if any), ready, or failed. */
export type Loaded<T> =
  | { state: "loading"; data?: T }
  | { state: "ready"; data: T }
  | { state: "failed"; error: unknown };

type Settled<T> = { data: T } | { error: unknown };

/**
 * Data a screen loads when it mounts, and again whenever `load` changes (keep it
 * stable with useCallback): loading until the answer of the current `load`
 * arrives, showing the last data meanwhile. `reload` fetches it again; `set`
 * replaces it after a change the screen made.
 */
export function useLoad<T>(load: () => Promise<T>) {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<{
    load: () => Promise<T>;
    version: number;
    result: Settled<T>;
  } | null>(null);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setSettled({ load, version, result: { data } });
      },
      (error: unknown) => {
        if (current) setSettled({ load, version, result: { error } });
      },
    );
    return () => {
      current = false;
    };
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const set = useCallback(
    (data: T) => setSettled({ load, version, result: { data } }),
    [load, version],
  );

  let loaded: Loaded<T>;
  if (!settled || settled.load !== load || settled.version !== version) {
    const last = settled && "data" in settled.result ? settled.result : {};
    loaded = { state: "loading", ...last };
  } else if ("data" in settled.result) {
    loaded = { state: "ready", data: settled.result.data };
  } else {
    loaded = { state: "failed", error: settled.result.error };
  }
  return { loaded, reload, set };
}
