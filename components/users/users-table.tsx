import type { UserSummary } from "@/lib/users/types";
import { LocalTime } from "@/components/support/local-time";
import { useT } from "@/lib/i18n/use-t";
import { UserRowActions } from "./user-row-actions";
import { ScrollBox } from "@/components/ui/scroll-box";

export function UsersTable({ users, selfId }: { users: UserSummary[]; selfId: string }) {
  const t = useT();
  return (
    <ScrollBox label={t("usersPage.title")}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("usersPage.colUser")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("usersPage.colRole")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("usersPage.colStatus")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("usersPage.colLastSignIn")}
            </th>
            <th scope="col" className="py-2">
              {t("usersPage.colActions")}
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
                  {u.id === selfId ? t("usersPage.you") : ""}
                </div>
              </td>
              <td className="py-3 pr-4">
                {u.role === "admin" ? t("shell.administrator") : t("shell.support")}
              </td>
              <td className="py-3 pr-4">
                {u.disabled
                  ? t("usersPage.statusDisabled")
                  : t("usersPage.statusActive", { count: u.activeSessions })}
              </td>
              <td className="py-3 pr-4 tabular-nums">
                {u.lastSignInAt ? <LocalTime iso={u.lastSignInAt} /> : t("usersPage.never")}
              </td>
              <td className="py-3">
                <UserRowActions user={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
