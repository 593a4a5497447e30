/** An account Roomdesk imported into Tencent (browser-safe). */
export interface ImportedAccount {
  userId: string;
  nick: string;
  importedAt: string;
  importedBy: string;
}
