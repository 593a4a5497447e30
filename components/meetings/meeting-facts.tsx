import { CopyButton } from "@/components/ui/copy-button";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { translator } from "@/lib/i18n/translate";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";

const t = translator();
import type { MeetingDetail } from "@/lib/meetings/types";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[16rem_1fr]">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export function MeetingFacts({ meeting: m }: { meeting: MeetingDetail }) {
  const s = m.settings;
  return (
    <section aria-labelledby="facts-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="facts-heading" className="text-base font-semibold text-slate-900">
        Stored in Roomdesk
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <Row label="Room ID">
          <span className="inline-flex flex-wrap items-center gap-2">
            <span className="font-mono">{m.roomId}</span>
            <CopyButton text={m.roomId} label="Copy Room ID" />
          </span>
        </Row>
        <Row label="Owner">{m.owner ?? "the admin account (Tencent's default)"}</Row>
        <Row label="Invitees">{m.invitees.length > 0 ? m.invitees.join(", ") : "none"}</Row>
        <Row label="Source">
          {m.source === "imported" ? "Imported from Tencent" : "Scheduled in Roomdesk"} by {m.createdBy} at{" "}
          {m.createdAt}
        </Row>
        {m.createRequestId ? (
          <Row label="create_room RequestId">
            <span className="inline-flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs">{m.createRequestId}</span>
              <CopyButton text={m.createRequestId} label="Copy create_room RequestId" />
            </span>
          </Row>
        ) : null}
        <Row label="Max members">{s.maxMemberCount ?? "package default"}</Row>
        {SWITCH_KEYS.map((k) => (
          <Row key={k} label={fieldLabel(t, `settings.${k}`)}>
            {s[k] ? "yes" : "no"}
          </Row>
        ))}
        <Row label="Seats">
          {s.seats.enabled ? `${s.seats.maxSeatCount} seats, ${s.seats.takeSeatMode}` : "off"}
        </Row>
        <Row label="Custom info">{s.customInfo === "" ? "none" : s.customInfo}</Row>
        <Row label="Calendar sequence">{m.sequence}</Row>
        <Row label="Last changed">{m.updatedAt}</Row>
      </dl>
    </section>
  );
}
