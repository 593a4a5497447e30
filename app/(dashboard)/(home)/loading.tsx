import { PageLoading } from "@/components/shell/page-loading";
import { useT } from "@/lib/i18n/use-t";

export default function HomeLoading() {
  const t = useT();
  return <PageLoading title={t("home.title")} />;
}
