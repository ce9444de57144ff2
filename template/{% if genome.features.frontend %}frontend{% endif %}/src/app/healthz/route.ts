// The container's health check (frontend/Dockerfile, docker-compose.yml): an answer
// made at build time, with no page to render. Through nginx, /healthz is Django's.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json({ status: "ok" });
}
