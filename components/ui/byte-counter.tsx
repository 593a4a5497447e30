import { utf8Bytes } from "@/lib/trtc/limits";
import { cx } from "./cx";

/** Tencent limits bytes, not characters: 日 counts three, so the counter shows what the API will see. */
export function ByteCounter({ id, value, max }: { id: string; value: string; max: number }) {
  const bytes = utf8Bytes(value);
  const over = bytes > max;
  return (
    <span
      id={id}
      className={cx("text-xs tabular-nums", over ? "font-semibold text-red-700" : "text-slate-500")}
    >
      {bytes} / {max} bytes
    </span>
  );
}
