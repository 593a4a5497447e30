import { trtcCodeWords } from "@/lib/i18n/describe-trtc-code";
import { useT } from "@/lib/i18n/use-t";

/** The ErrorCode with its short meaning; 0 is success and says so. */
export function ErrorCodeText({ code }: { code: number | null }) {
  const t = useT();
  if (code === null) return <span className="text-slate-500">—</span>;
  if (code === 0) return <span className="tabular-nums">0</span>;
  return (
    <span>
      <span className="font-medium tabular-nums">{code}</span>
      <span className="block text-xs text-slate-600">{trtcCodeWords(t, code).meaning}</span>
    </span>
  );
}
