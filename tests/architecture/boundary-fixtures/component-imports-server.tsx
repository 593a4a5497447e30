// as: components/fixture/meeting-card.tsx
import type { UserChange } from "@/lib/server/auth/users";

export const shown: UserChange | null = null;
