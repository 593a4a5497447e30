/**
 * Who did something, as a person reads it: the account's name and email when the actor is a Roomdesk
 * account, null for both when it is not one (`anonymous`, Roomdesk's own workers, an account since
 * deleted). The id stays for links and for "show the id" on demand.
 */
export interface ActorView {
  id: string;
  name: string | null;
  email: string | null;
}

/** "Ada Lovelace <ada@example.com>", or the email when the name says nothing more, or the raw id. */
export function actorLabel(actor: ActorView): string {
  if (!actor.email) return actor.id;
  const name = actor.name?.trim();
  return name && name !== actor.email ? `${name} <${actor.email}>` : actor.email;
}
