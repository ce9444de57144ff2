"use client";

import { useState } from "react";

import { ApiError, describeError } from "./errors";

export interface SubmitError {
  /** The general message, for a role="alert"; with the messages of unknown fields. */
  message: string;
  /** Each form field's messages, shown on its input. */
  fields: Record<string, string[]>;
}

/** The error of a failed request, split between the form's fields and its alert. */
export function submitError(error: unknown, known: string[]): SubmitError {
  if (!(error instanceof ApiError)) {
    return { message: describeError(error), fields: {} };
  }
  const fields: Record<string, string[]> = {};
  const others: string[] = [];
  for (const [name, messages] of Object.entries(error.fields)) {
    if (known.includes(name)) fields[name] = messages;
    else others.push(...messages);
  }
  return { message: [error.message, ...others].join(" "), fields };
}

/**
 * The state of a form that sends one request: busy while it runs, then its error.
 * `known` names the form's fields, whose errors go on their inputs.
 */
export function useSubmit(known: string[]) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SubmitError | null>(null);

  /** Run the request; true when it succeeded, else its error is shown. */
  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(submitError(caught, known));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    error,
    run,
    fieldError: (name: string) => error?.fields[name],
  };
}
