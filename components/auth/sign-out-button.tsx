import { signOutAction } from "@/lib/actions/auth/sign-out";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";

export function SignOutButton() {
  const t = useT();
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="secondary" size="sm">
        {t("shell.signOut")}
      </Button>
    </form>
  );
}
