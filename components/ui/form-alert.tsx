import type { FormFailure } from "@/lib/forms/server-errors";
import { Alert } from "./alert";

/** A form-level refusal (the server's, or no answer at all); field errors stay beside their fields. */
export function FormAlert({
  error,
  title,
  className,
}: {
  error: FormFailure | null;
  title?: string;
  className?: string;
}) {
  if (!error) return null;
  return (
    <Alert tone="error" title={title} className={className}>
      {error.details?.length ? (
        <>
          <p>{error.message}</p>
          {error.details.map((detail) => (
            <p key={detail}>{detail}</p>
          ))}
        </>
      ) : (
        error.message
      )}
    </Alert>
  );
}
