import type { UserSummary } from "@/lib/users/types";
import { UserRowActions } from "./user-row-actions";

const when = (iso: string | null) =>
  iso ? new Date(iso).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "never";

export function UsersTable({ users, selfId }: { users: UserSummary[]; selfId: string }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
        <tr>
          <th scope="col" className="py-2 pr-4">
            User
          </th>
          <th scope="col" className="py-2 pr-4">
            Role
          </th>
          <th scope="col" className="py-2 pr-4">
            Status
          </th>
          <th scope="col" className="py-2 pr-4">
            Last sign-in
          </th>
          <th scope="col" className="py-2">
            Actions
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-slate-100 align-top" data-testid={`user-${u.email}`}>
            <td className="py-3 pr-4">
              <div className="font-medium">{u.email}</div>
              <div className="text-xs text-slate-500">
                {u.name}
                {u.id === selfId ? " (you)" : ""}
              </div>
            </td>
            <td className="py-3 pr-4">{u.role === "admin" ? "Administrator" : "Support"}</td>
            <td className="py-3 pr-4">
              {u.disabled
                ? "Disabled"
                : `Active · ${u.activeSessions} session${u.activeSessions === 1 ? "" : "s"}`}
            </td>
            <td className="py-3 pr-4 tabular-nums">{when(u.lastSignInAt)}</td>
            <td className="py-3">
              <UserRowActions user={u} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
