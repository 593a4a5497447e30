import type { TrtcCommandName } from "../trtc/commands";
import { failOutcome, okOutcome, type Outcome } from "./envelope";
import { ParamError, type Json } from "./field-checks";
import type { Handler } from "./member-commands";
import { readRequest } from "./read-request";

/**
 * Chat's account import (docs/trtc-api.md §2.17): the accounts each app knows, so an import is visible
 * (GET /__sandbox/accounts). Importing again keeps one account. A profile value past 500 bytes is 40601;
 * any other malformed body is Chat's 70402 (invalid parameters), not the room service's 100002.
 */

export interface SandboxAccount {
  UserID: string;
  Nick: string;
  FaceUrl: string;
}

export type AccountStore = Map<number, Map<string, SandboxAccount>>;

function chatRefusal(e: unknown): Outcome {
  if (!(e instanceof ParamError)) throw e;
  return /(Nick|FaceUrl).*bytes/.test(e.message)
    ? failOutcome(40601, e.message)
    : failOutcome(70402, e.message);
}

function store(
  accounts: AccountStore,
  sdkAppId: number,
  list: { UserID: string; Nick?: string; FaceUrl?: string }[],
) {
  let app = accounts.get(sdkAppId);
  if (!app) accounts.set(sdkAppId, (app = new Map()));
  for (const a of list) app.set(a.UserID, { UserID: a.UserID, Nick: a.Nick ?? "", FaceUrl: a.FaceUrl ?? "" });
}

const accountImport: Handler = (body: Json, ctx) => {
  try {
    store(ctx.accounts, ctx.sdkAppId, [readRequest("account_import", body)]);
    return okOutcome();
  } catch (e) {
    return chatRefusal(e);
  }
};

const multiAccountImport: Handler = (body: Json, ctx) => {
  try {
    store(ctx.accounts, ctx.sdkAppId, readRequest("multiaccount_import", body).AccountList);
    return okOutcome();
  } catch (e) {
    return chatRefusal(e);
  }
};

export const ACCOUNT_HANDLERS: Partial<Record<TrtcCommandName, Handler>> = {
  account_import: accountImport,
  multiaccount_import: multiAccountImport,
};
