import "server-only";
export type Dialect = "sqlite" | "postgres";
