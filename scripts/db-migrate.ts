// Applies pending migrations to the configured database (run with --conditions=react-server).
import { getConfig } from "@/lib/server/config";
import { openDatabase } from "@/lib/server/db/connect";

const config = getConfig();
const db = await openDatabase(config.database);
console.log(`roomdesk: database ready (${db.dialect})`);
await db.close();
