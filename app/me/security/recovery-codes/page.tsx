import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { InsetText } from "@/components/ui/inset-text";
import { requireUser } from "@/lib/auth/session";
import { readRecoveryCodesToShow } from "@/lib/auth/session-cookie";
import { doneWithRecoveryCodesAction } from "../actions";

export const metadata: Metadata = { title: "Your recovery codes" };

/** The recovery codes, shown once after they are made; only their hashes are kept. */
export default async function RecoveryCodesPage() {
  const actor = await requireUser({ returnTo: "/me/security" });
  const shown = await readRecoveryCodesToShow({ userId: actor.id });
  if (!shown) redirect("/me/security");
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <h1>Your recovery codes</h1>
        <p>
          If you lose your phone, each of these codes signs you in once in place of a code from the
          app. Keep them somewhere safe, such as a password manager or on paper at home.
        </p>
        <InsetText>
          This is the only time they are shown: the portal keeps only a scrambled copy it cannot
          read back.
        </InsetText>
        <ul
          aria-label="Recovery codes"
          className="mb-nhs-5 grid list-none grid-cols-2 gap-nhs-2 p-0 font-mono text-nhs-22"
        >
          {shown.codes.map((code) => (
            <li key={code} translate="no">
              {code}
            </li>
          ))}
        </ul>
        <form action={doneWithRecoveryCodesAction}>
          <Button>I have saved my recovery codes</Button>
        </form>
      </div>
    </PageWidth>
  );
}
