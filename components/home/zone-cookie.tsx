"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ZONE_COOKIE, ZONE_COOKIE_MAX_AGE } from "@/lib/meetings/viewer-zone";

/** Tells the server the browser's zone when it rendered for another one, then renders the page again. */
export function ZoneCookie({ serverZone }: { serverZone: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === serverZone) return;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${ZONE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
    router.refresh();
  }, [serverZone, router]);
  return null;
}
