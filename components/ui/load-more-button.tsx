"use client";

import { Button } from "./button";
import { useT } from "@/lib/i18n/use-t";

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The next keyset page of an infinite query, or nothing when there is none. */
export function LoadMoreButton({ query }: { query: PagedQuery }) {
  const t = useT();
  if (!query.hasNextPage) return null;
  return (
    <Button
      variant="secondary"
      disabled={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {query.isFetchingNextPage ? t("ui.loading") : t("ui.loadMore")}
    </Button>
  );
}
