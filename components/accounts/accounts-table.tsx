import type { ImportedAccount } from "@/lib/accounts/types";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

export function AccountsTable({ accounts }: { accounts: ImportedAccount[] }) {
  const t = useT();
  if (accounts.length === 0) return <p className="text-sm text-slate-500">{t("accounts.empty")}</p>;
  return (
    <ScrollBox label={t("accounts.listHeading")}>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4 font-medium">{t("accounts.colUserId")}</th>
            <th className="py-2 pr-4 font-medium">{t("accounts.colNick")}</th>
            <th className="py-2 pr-4 font-medium">{t("accounts.colImportedAt")}</th>
            <th className="py-2 font-medium">{t("accounts.colImportedBy")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {accounts.map((a) => (
            <tr key={a.userId}>
              <td className="py-2 pr-4 font-mono text-xs">{a.userId}</td>
              <td className="py-2 pr-4">{a.nick}</td>
              <td className="py-2 pr-4 tabular-nums">
                {a.importedAt.replace("T", " ").replace(/\.\d+Z$/, "")}
              </td>
              <td className="py-2">{a.importedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
