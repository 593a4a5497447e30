import Link from "next/link";

/** Shown (HTTP 403) when a signed-in user's role does not allow the page or action. */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-sm text-slate-600">
        Your role does not include this. Ask an administrator if you need it.
      </p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium underline">
        Back to Roomdesk
      </Link>
    </main>
  );
}
