// as: lib/server/fixture.ts
import { serverAction } from "../actions/safe-action";

export const wrap = serverAction;
