import { describeError } from "@/lib/errors";

import { Alert } from "./Alert";
import { Button } from "./Button";

/** What could not be loaded, why, and a way to try again. */
export function LoadFailed({
  what,
  error,
  retry,
  subject,
}: {
  /** "The members": the title says it could not be loaded. */
  what: string;
  error: unknown;
  retry(): void;
  /** The one row asked for ("task"): a 404 says it does not exist. */
  subject?: string;
}) {
  return (
    <Alert title={`${what} could not be loaded`}>
      <p>{describeError(error, subject)}</p>
      <Button onClick={retry}>Try again</Button>
    </Alert>
  );
}
