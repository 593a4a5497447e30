// as: lib/schemas/fixture.ts
import { getConfig } from "@/lib/server/config";

export const limit = () => getConfig().limits.maxMembers;
