import { guardedLayout } from "@/lib/server/auth/guarded-layout";

// The guard runs above this segment's loading.tsx, so a refusal keeps its status (guarded-layout.ts).
export default guardedLayout("support");
