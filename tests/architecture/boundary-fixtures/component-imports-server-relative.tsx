// as: components/fixture/meeting-card.tsx
import { listUsers } from "../../lib/server/auth/users";

export const load = listUsers;
