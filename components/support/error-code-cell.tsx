import { describeTrtcError } from "@/lib/trtc/error-catalog";

/** The ErrorCode with its short meaning; 0 is success and says so. */
export function ErrorCodeText({ code }: { code: number | null }) {
  if (code === null) return <span className="text-slate-500">—</span>;
  if (code === 0) return <span className="tabular-nums">0</span>;
  return (
    <span>
      <span className="font-medium tabular-nums">{code}</span>
      <span className="block text-xs text-slate-600">{describeTrtcError(code).meaning}</span>
    </span>
  );
}
