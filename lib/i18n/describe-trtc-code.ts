import { TRTC_ERROR_CATALOG } from "@/lib/trtc/error-catalog";
import type { Messages, Translate } from "./translate";

type ListedCode = keyof Messages["trtcCode"]["meaning"];

export interface TrtcCodeWords {
  /** What happened, in plain words. */
  meaning: string;
  /** What the operator should do next. */
  action: string;
}

/**
 * A Tencent ErrorCode in the viewer's words: the catalog's meaning and advice for a listed code
 * (lib/trtc/error-catalog.ts), a generic pair for any other, which is still shown, never hidden.
 */
export function trtcCodeWords(t: Translate, code: number): TrtcCodeWords {
  if (!Object.hasOwn(TRTC_ERROR_CATALOG, code)) {
    // String: the code is quoted as Tencent wrote it, never grouped as a number ("100,003").
    return {
      meaning: t("trtcCode.unknownMeaning", { code: String(code) }),
      action: t("trtcCode.unknownAction"),
    };
  }
  const listed = String(code) as ListedCode;
  return { meaning: t(`trtcCode.meaning.${listed}`), action: t(`trtcCode.action.${listed}`) };
}
