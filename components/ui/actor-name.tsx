import { actorLabel, type ActorView } from "@/lib/audit/actor";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/use-t";

const SYSTEM_ACTORS = {
  anonymous: "actors.anonymous",
  "roomdesk:reconciler": "actors.reconciler",
  "roomdesk:bulk-worker": "actors.bulkWorker",
} as const;

const isSystemActor = (id: string): id is keyof typeof SYSTEM_ACTORS => id in SYSTEM_ACTORS;

/** The words for an actor, for a sentence that names them ("Scheduled by …"). */
export function actorText(t: Translate, actor: ActorView): string {
  if (actor.email) return actorLabel(actor);
  return isSystemActor(actor.id) ? t(SYSTEM_ACTORS[actor.id]) : t("actors.unknownAccount");
}

/**
 * The person behind an audit row, as "name <email>" or the email; Roomdesk's own workers in words. The
 * internal id is there on demand: on hover and for assistive technology, never in place of the person.
 */
export function ActorName({ actor }: { actor: ActorView }) {
  const t = useT();
  const label = actorText(t, actor);
  return (
    <span title={t("actors.idTitle", { id: actor.id })} data-actor-id={actor.id} className="break-words">
      {label}
    </span>
  );
}
