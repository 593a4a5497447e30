import { PageLoading } from "@/components/shell/page-loading";
import { useT } from "@/lib/i18n/use-t";

export default function BulkLoading() {
  const t = useT();
  return <PageLoading title={t("bulk.title")} />;
}
