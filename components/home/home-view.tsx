import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import type { HomeOverview } from "@/lib/meetings/home-overview";
import { useT } from "@/lib/i18n/use-t";
import { HomeFailures } from "./home-failures";
import { HomeMeetings } from "./home-meetings";
import { HomeSection } from "./home-section";
import { ZoneCookie } from "./zone-cookie";

const primaryLink = cx(
  "inline-flex items-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-slate-800",
  focusRing,
);

export function HomeView({ overview: o, canSchedule }: { overview: HomeOverview; canSchedule: boolean }) {
  const t = useT();
  const zone = o.timeZone;
  return (
    <div className="space-y-6">
      <ZoneCookie serverZone={zone} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("home.title")}</h1>
          <p className="mt-1 text-sm text-slate-500">{t("home.intro", { zone })}</p>
        </div>
        {canSchedule ? (
          <Link href="/schedule" className={primaryLink}>
            {t("home.scheduleMeeting")}
          </Link>
        ) : null}
      </header>
      {/* minmax(0, 1fr) columns and min-w-0: a long name or RequestId truncates instead of widening the page. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2 lg:items-start">
        <div className="min-w-0 space-y-6">
          <HomeSection id="home-live" title={t("home.liveNow")}>
            <HomeMeetings meetings={o.live} zone={zone} empty={t("home.liveEmpty")} />
          </HomeSection>
          <HomeSection id="home-today" title={t("home.today")}>
            <HomeMeetings meetings={o.today} zone={zone} empty={t("home.todayEmpty")} />
          </HomeSection>
        </div>
        <div className="min-w-0 space-y-6">
          <HomeSection
            id="home-failures"
            title={t("home.failures")}
            note={t("home.failuresNote")}
            more={{ href: "/support?outcome=failed", label: t("home.allFailures") }}
          >
            <HomeFailures failures={o.failures} zone={zone} />
          </HomeSection>
          <HomeSection
            id="home-next-days"
            title={t("home.nextDays")}
            more={{ href: "/meetings", label: t("home.allMeetings") }}
          >
            <HomeMeetings meetings={o.nextDays} zone={zone} withDay empty={t("home.nextDaysEmpty")} />
          </HomeSection>
        </div>
      </div>
    </div>
  );
}
