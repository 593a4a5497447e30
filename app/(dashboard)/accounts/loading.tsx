import { PageLoading } from "@/components/shell/page-loading";
import { useT } from "@/lib/i18n/use-t";

export default function AccountsLoading() {
  const t = useT();
  return <PageLoading title={t("accounts.title")} />;
}
