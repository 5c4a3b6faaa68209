import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers: 200 with the database's state, 503 when it is down. */
export async function GET() {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "unavailable", database };
  return Response.json(body, {
    status: database.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
