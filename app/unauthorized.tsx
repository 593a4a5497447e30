import Link from "next/link";

/** Shown (HTTP 401) when an action or page needs a session the browser no longer has. */
export default function Unauthorized() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">Please sign in</h1>
      <p className="mt-2 text-sm text-slate-600">Your session has ended or you are not signed in.</p>
      <Link href="/login" className="mt-6 inline-block text-sm font-medium underline">
        Go to sign in
      </Link>
    </main>
  );
}
