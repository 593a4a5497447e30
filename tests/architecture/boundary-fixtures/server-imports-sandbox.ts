// as: lib/server/trtc/fixture.ts
import { startSandbox } from "@/lib/sandbox";

export const start = startSandbox;
