import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/shell/status-page";

/** HTTP 404 for an address Roomdesk has no page at. */
export default async function NotFound() {
  const t = await getTranslations("feedback");
  const tp = await getTranslations("pages");
  return (
    <StatusPage title={t("notFoundTitle")} body={t("notFoundBody")}>
      <Link href="/" className="text-sm font-medium underline">
        {tp("backHome")}
      </Link>
    </StatusPage>
  );
}
