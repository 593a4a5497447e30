import { queryOptions } from "@tanstack/react-query";
import type { ImportedAccount } from "@/lib/accounts/types";
import { getJson } from "./http";

export const accountsOptions = () =>
  queryOptions({
    queryKey: ["accounts"] as const,
    queryFn: () => getJson<ImportedAccount[]>("/api/accounts"),
    staleTime: 30_000,
    retry: false,
  });
