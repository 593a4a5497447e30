import { redirect } from "next/navigation";
import { requireRole } from "@/lib/server/auth/guard";

export const dynamic = "force-dynamic";

/** Home: administrators land on scheduling, support staff on the meetings they look things up in. */
export default async function Home() {
  const actor = await requireRole("support");
  redirect(actor.role === "admin" ? "/schedule" : "/meetings");
}
