/** The API's error body, `{error, message, fields}`, as an Error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every message under a field's value: a string, a list, or nested errors. */
function flatten(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (isRecord(value)) return Object.values(value).flatMap(flatten);
  return [];
}

/** The ApiError of an answer that is not ok, whatever its body holds. */
export function apiErrorFrom(
  status: number,
  statusText: string,
  body: unknown,
): ApiError {
  const error = isRecord(body) ? body : {};
  const fields: Record<string, string[]> = {};
  if (isRecord(error.fields)) {
    for (const [name, value] of Object.entries(error.fields)) {
      fields[name] = flatten(value);
    }
  }
  const message =
    typeof error.message === "string" && error.message
      ? error.message
      : statusText || `The server answered ${status}.`;
  const code = typeof error.error === "string" ? error.error : "error";
  return new ApiError(status, code, message, fields);
}

/**
 * A sentence for any failure of a request, for a role="alert". With `subject`
 * ("task"), a 404 says that this one does not exist or is not the user's to see.
 */
export function describeError(error: unknown, subject?: string): string {
  if (error instanceof ApiError) {
    if (error.status === 404 && subject) {
      return `This ${subject} does not exist, or you may not see it.`;
    }
    return error.message;
  }
  if (error instanceof TypeError) {
    return "The server could not be reached. Check your connection and try again.";
  }
  return "Something went wrong. Try again.";
}
