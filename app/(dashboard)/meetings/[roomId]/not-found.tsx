import { headers } from "next/headers";
import { MeetingNotFound } from "@/components/meetings/meeting-not-found";
import { roomIdParam } from "@/lib/meetings/room-param";
import { currentActor } from "@/lib/server/auth/guard";
import { PATH_HEADER } from "@/lib/server/auth/path-header";

/**
 * HTTP 404 for a Room ID not in the index (the page and its edit page call notFound()). A not-found file
 * is given no params, so the Room ID is read back from the path proxy.ts forwards.
 */
export default async function MeetingNotFoundPage() {
  const path = (await headers()).get(PATH_HEADER) ?? "";
  const segment = /^\/meetings\/([^/]+)/.exec(path)?.[1] ?? "";
  const actor = await currentActor();
  return <MeetingNotFound roomId={roomIdParam(segment)} canImport={actor?.role === "admin"} />;
}
