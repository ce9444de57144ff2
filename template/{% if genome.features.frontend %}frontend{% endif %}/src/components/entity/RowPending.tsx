import { LoadFailed } from "@/components/ui/LoadFailed";
import { Spinner } from "@/components/ui/Spinner";
import type { Loaded } from "@/lib/use-load";

/** A row that is not ready yet: why it failed to load, with a retry, or a spinner. */
export function RowPending({
  loaded,
  label,
  retry,
}: {
  loaded: Exclude<Loaded<unknown>, { state: "ready" }>;
  label: string;
  retry: () => void;
}) {
  if (loaded.state === "failed")
    return (
      <LoadFailed
        what={`The ${label}`}
        subject={label}
        error={loaded.error}
        retry={retry}
      />
    );
  return <Spinner label={`Loading the ${label}…`} />;
}
