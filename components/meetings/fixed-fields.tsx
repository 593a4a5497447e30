import type { MeetingDetail } from "@/lib/meetings/types";
import { formatRange } from "./time-text";

/** What update_room_info cannot change (docs/trtc-api.md §2.3), shown so nobody looks for the field. */
export function FixedFields({ meeting: m }: { meeting: MeetingDetail }) {
  const s = m.settings.seats;
  const rows = [
    {
      label: "Time",
      value: formatRange(m.start, m.end, m.timeZone),
      reason: "Tencent fixes the schedule at creation. To move it, cancel and schedule a new meeting.",
    },
    {
      label: "Seats",
      value: s.enabled ? `on, ${s.maxSeatCount} seats` : "off",
      reason: "Seat mode on/off and the seat count are set when the room is created.",
    },
    {
      label: "Owner",
      value: m.owner ?? "the admin account",
      reason: "Ownership moves only through change_room_owner, which Roomdesk does not offer yet.",
    },
    { label: "Room ID", value: m.roomId, reason: "A room keeps its ID for life." },
  ];
  return (
    <section aria-labelledby="fixed-heading" className="rounded-xl border border-slate-200 bg-slate-50 p-6">
      <h2 id="fixed-heading" className="text-base font-semibold text-slate-900">
        Cannot be changed here
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        {rows.map((r) => (
          <div key={r.label} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-500">{r.label}</dt>
            <dd>
              <span className="text-slate-900">{r.value}</span>
              <span className="block text-xs text-slate-500">{r.reason}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
