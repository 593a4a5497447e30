import { Alert } from "@/components/ui/alert";
import { describeTrtcError } from "@/lib/trtc/error-catalog";

/** The ErrorCode in plain words, and what to do about it. */
export function ErrorAdvice({ code }: { code: number | null }) {
  if (code === null || code === 0) return null;
  const d = describeTrtcError(code);
  return (
    <Alert tone="warning" role="status" title={`ErrorCode ${code}: ${d.meaning}`}>
      <p>
        <span className="font-medium">What to do:</span> {d.action}
      </p>
    </Alert>
  );
}
