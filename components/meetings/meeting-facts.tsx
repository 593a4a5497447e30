import { actorText } from "@/components/ui/actor-name";
import { CopyButton } from "@/components/ui/copy-button";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import type { MeetingDetail } from "@/lib/meetings/types";
import { formatIsoInZone } from "@/lib/time";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[16rem_1fr]">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export function MeetingFacts({ meeting: m }: { meeting: MeetingDetail }) {
  const t = useT();
  const locale = useViewerLocale();
  // Stored instants are written like the meeting's own times: in its zone, in the viewer's language.
  const when = (iso: string) => formatIsoInZone(iso, m.timeZone, locale);
  const s = m.settings;
  return (
    <section aria-labelledby="facts-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="facts-heading" className="text-base font-semibold text-slate-900">
        {t("meetings.storedTitle")}
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <Row label={t("field.roomId")}>
          <span className="inline-flex flex-wrap items-center gap-2">
            <span className="font-mono">{m.roomId}</span>
            <CopyButton text={m.roomId} label={t("meetings.copyRoomId")} />
          </span>
        </Row>
        <Row label={t("meetings.owner")}>{m.owner ?? t("meetings.ownerDefault")}</Row>
        <Row label={t("meetings.invitees")}>
          {m.invitees.length > 0 ? m.invitees.join(", ") : t("meetings.none")}
        </Row>
        <Row label={t("meetings.source")}>
          <span title={t("actors.idTitle", { id: m.createdBy.id })} data-testid="meeting-source">
            {t(m.source === "imported" ? "meetings.sourceImported" : "meetings.sourceScheduled", {
              by: actorText(t, m.createdBy),
              at: when(m.createdAt),
            })}
          </span>
        </Row>
        {m.createRequestId ? (
          <Row label={t("meetings.createRequestId")}>
            <span className="inline-flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs">{m.createRequestId}</span>
              <CopyButton text={m.createRequestId} label={t("meetings.copyCreateRequestId")} />
            </span>
          </Row>
        ) : null}
        <Row label={t("meetings.maxMembers")}>{s.maxMemberCount ?? t("meetings.packageDefault")}</Row>
        {SWITCH_KEYS.map((k) => (
          <Row key={k} label={fieldLabel(t, `settings.${k}`)}>
            {s[k] ? t("meetings.yes") : t("meetings.no")}
          </Row>
        ))}
        <Row label={t("meetings.seats")}>
          {s.seats.enabled
            ? t("meetings.seatsOn", { count: s.seats.maxSeatCount ?? 0, mode: s.seats.takeSeatMode ?? "" })
            : t("meetings.off")}
        </Row>
        <Row label={t("meetings.customInfo")}>{s.customInfo === "" ? t("meetings.none") : s.customInfo}</Row>
        <Row label={t("meetings.sequence")}>{m.sequence}</Row>
        <Row label={t("meetings.lastChanged")}>{when(m.updatedAt)}</Row>
      </dl>
    </section>
  );
}
