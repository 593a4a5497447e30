import { PageLoading } from "@/components/shell/page-loading";

export default function SeriesLoading() {
  return <PageLoading />;
}
