import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect";

/**
 * Meeting search by any part of a name, Room ID, owner or invitee (lib/server/meetings/meeting-search.ts)
 * through an index on both engines, so a search at a million meetings reads what matches, not every row:
 *
 * - Three characters or more, anywhere in the text: trigrams. On PostgreSQL, `pg_trgm` GIN indexes on the
 *   lowercased columns; on SQLite, an FTS5 table with the trigram tokenizer holding each meeting's four
 *   fields (invitees joined by line breaks), kept in step by triggers.
 * - One or two characters, which no trigram holds: the start of a field, through b-tree indexes on the
 *   lowercased columns (byte order, `COLLATE "C"` on PostgreSQL, so a range is a prefix under any collation).
 */
export function meetingSearchMigration(dialect: Dialect): Migration {
  return { up: (db) => (dialect === "postgres" ? postgres(db) : sqlite(db)) };
}

/** The searched columns, each with the stem of its indexes' names (`<stem>_trgm`, `<stem>_prefix`). */
const SEARCHED = {
  meetings_name: ["meetings", "room_name"],
  meetings_room: ["meetings", "room_id"],
  meetings_owner: ["meetings", "owner_account"],
  meeting_invitees_user: ["meeting_invitees", "user_id"],
} as const;

/**
 * Where pg_trgm lives: where the database already has it, else created in `public` when this role may
 * create there (an extension is one per database, and `public` outlives any one deployment's schema), else
 * in the schema Roomdesk's tables are in.
 */
async function trigramSchema(db: Kysely<unknown>): Promise<string> {
  const installed = async () =>
    (
      await sql<{ schema: string }>`
        select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
        where e.extname = 'pg_trgm'`.execute(db)
    ).rows[0]?.schema;
  const found = await installed();
  if (found) return found;
  const { rows } = await sql<{ target: string }>`
    select case when has_schema_privilege('public', 'CREATE') then 'public' else current_schema() end as target`.execute(
    db,
  );
  const target = rows[0]?.target ?? "public";
  // Migrations run in a transaction: a failed CREATE is rolled back to here, so the error can be read.
  await sql`savepoint create_pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm schema ${sql.id(target)}`.execute(db);
    await sql`release savepoint create_pg_trgm`.execute(db);
  } catch (e) {
    await sql`rollback to savepoint create_pg_trgm`.execute(db);
    // Another deployment's migration created it at the same moment: use theirs.
    const raced = await installed();
    if (raced) return raced;
    throw new Error(
      `meeting search needs the pg_trgm extension (shipped with PostgreSQL); creating it in "${target}" failed: ` +
        `${e instanceof Error ? e.message : e}. Run "create extension pg_trgm" as a database owner, then start again.`,
    );
  }
  return (await installed()) ?? target;
}

async function postgres(db: Kysely<unknown>) {
  const ops = sql.raw(`"${(await trigramSchema(db)).replace(/"/g, '""')}".gin_trgm_ops`);
  for (const [stem, [table, column]] of Object.entries(SEARCHED)) {
    const lower = sql`lower(${sql.id(column)})`;
    await sql`create index ${sql.id(`${stem}_trgm`)} on ${sql.id(table)} using gin (${lower} ${ops})`.execute(
      db,
    );
    await sql`create index ${sql.id(`${stem}_prefix`)} on ${sql.id(table)} ((${lower} collate "C"))`.execute(
      db,
    );
  }
}

async function sqlite(db: Kysely<unknown>) {
  for (const [stem, [table, column]] of Object.entries(SEARCHED))
    await sql`create index ${sql.id(`${stem}_prefix`)} on ${sql.id(table)} (lower(${sql.id(column)}))`.execute(
      db,
    );

  // A meeting's implicit rowid may change on VACUUM, so the search rows are keyed by a stable integer.
  await sql`create table meeting_search_keys (id integer primary key, room_id text not null unique)`.execute(
    db,
  );
  await sql`create virtual table meeting_search using fts5(
    room_name, room_id, owner_account, invitees, tokenize = 'trigram')`.execute(db);
  const key = sql.raw(`(select id from meeting_search_keys where room_id = new.room_id)`);
  const oldKey = sql.raw(`(select id from meeting_search_keys where room_id = old.room_id)`);
  const inviteesOf = (ref: "new" | "old") =>
    sql.raw(
      `coalesce((select group_concat(user_id, char(10)) from meeting_invitees where room_id = ${ref}.room_id), '')`,
    );
  await sql`create trigger meeting_search_insert after insert on meetings begin
    insert into meeting_search_keys (room_id) values (new.room_id);
    insert into meeting_search (rowid, room_name, room_id, owner_account, invitees)
      values (${key}, new.room_name, new.room_id, coalesce(new.owner_account, ''), ${inviteesOf("new")});
  end`.execute(db);
  await sql`create trigger meeting_search_delete after delete on meetings begin
    delete from meeting_search where rowid = ${oldKey};
    delete from meeting_search_keys where room_id = old.room_id;
  end`.execute(db);
  await sql`create trigger meeting_search_update after update of room_name, owner_account on meetings begin
    update meeting_search set room_name = new.room_name, owner_account = coalesce(new.owner_account, '')
      where rowid = ${key};
  end`.execute(db);
  for (const [event, ref] of [
    ["insert", "new"],
    ["delete", "old"],
  ] as const)
    await sql`create trigger ${sql.id(`meeting_search_invitee_${event}`)} after ${sql.raw(event)} on meeting_invitees begin
      update meeting_search set invitees = ${inviteesOf(ref)}
        where rowid = (select id from meeting_search_keys where room_id = ${sql.raw(ref)}.room_id);
    end`.execute(db);

  // Meetings already in the index.
  await sql`insert into meeting_search_keys (room_id) select room_id from meetings`.execute(db);
  await sql`insert into meeting_search (rowid, room_name, room_id, owner_account, invitees)
    select k.id, m.room_name, m.room_id, coalesce(m.owner_account, ''),
      coalesce((select group_concat(user_id, char(10)) from meeting_invitees i where i.room_id = m.room_id), '')
    from meetings m join meeting_search_keys k on k.room_id = m.room_id`.execute(db);
}
