import { allowAnonymous } from "@/lib/server/auth/guard";
import { receiveFromRequest } from "@/lib/server/callbacks/http-receiver";

export const dynamic = "force-dynamic";

/** Tencent's callbacks (docs/trtc-api.md §6): public, checked by the receiver itself. */
export async function POST(request: Request) {
  await allowAnonymous("trtc.callback");
  return receiveFromRequest(request);
}
