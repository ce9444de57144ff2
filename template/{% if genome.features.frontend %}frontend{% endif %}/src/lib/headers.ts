import { csrfToken } from "./csrf";
import { tabWorkspace } from "./workspace";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Add X-CSRFToken (unsafe methods) and the tab's X-Workspace to a request. */
export async function addApiHeaders(
  headers: Headers,
  method: string,
): Promise<void> {
  if (UNSAFE.has(method.toUpperCase())) {
    headers.set("X-CSRFToken", await csrfToken());
  }
  const workspace = tabWorkspace();
  if (workspace !== null) headers.set("X-Workspace", String(workspace));
}
