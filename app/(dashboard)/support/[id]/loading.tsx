import { PageLoading } from "@/components/shell/page-loading";

export default function SupportCallLoading() {
  return <PageLoading />;
}
