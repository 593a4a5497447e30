// as: lib/sandbox/fixture.ts
import { getConfig } from "@/lib/server/config";

export const config = getConfig;
