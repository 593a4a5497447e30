import { utf8Bytes } from "@/lib/trtc/limits";
import { useT } from "@/lib/i18n/use-t";
import { cx } from "./cx";

/**
 * Tencent limits bytes, not characters: 日 counts three, so the counter shows both, the characters a person
 * counts and the bytes the API will see ("7文字 · 21/100バイト").
 */
export function ByteCounter({ id, value, max }: { id: string; value: string; max: number }) {
  const t = useT();
  const bytes = utf8Bytes(value);
  const over = bytes > max;
  return (
    <span
      id={id}
      className={cx("text-xs tabular-nums", over ? "font-semibold text-red-700" : "text-slate-500")}
    >
      {t("ui.byteCounter", { chars: [...value].length, bytes, max })}
    </span>
  );
}
