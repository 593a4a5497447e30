import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { HomeView } from "@/components/home/home-view";
import { ZONE_COOKIE } from "@/lib/meetings/viewer-zone";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { homeOverview } from "@/lib/server/home/home-overview";
import { isValidTimeZone } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

/** Home for both roles: what is live, today and this week, and what failed; scheduling is one press away. */
export default async function HomePage() {
  const actor = await requireRole("support");
  const saved = (await cookies()).get(ZONE_COOKIE)?.value ?? "";
  // Until the browser has said where it is (components/home/zone-cookie.tsx), days are UTC days.
  const timeZone = saved.length <= 64 && isValidTimeZone(saved) ? saved : "UTC";
  const { db, now } = await getApp();
  const overview = await homeOverview(db, { nowSeconds: Math.floor(now() / 1000), timeZone });
  return <HomeView overview={overview} canSchedule={actor.role === "admin"} />;
}
