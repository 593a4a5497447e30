// as: components/fixture/sandbox-badge.tsx
import { NOT_EMULATED } from "@/lib/sandbox/trtc-handler";

export const code = NOT_EMULATED;
