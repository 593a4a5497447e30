/** A Roomdesk account as the users page lists it; read on the server (lib/server/auth/users.ts). */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  activeSessions: number;
}
