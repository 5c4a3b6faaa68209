import type { Metadata } from "next";
import { PageWidth } from "@/components/layout/page";

export const metadata: Metadata = { title: "Privacy notice" };

/**
 * The privacy notice an invitee accepts on opening an account. Issue 12 writes the full notice
 * (lawful basis, retention, rights); this says the essentials so the link is never a dead end.
 */
export default function PrivacyPage() {
  return (
    <PageWidth>
      <div className="max-w-[720px]">
        <h1>Privacy notice</h1>
        <p>
          The non-executive networks portal is run by NHS Clinical Commissioners with NHS England.
          It keeps what it needs to run the programme of local non-executive community networks.
        </p>
        <h2>What we keep</h2>
        <ul>
          <li>
            Your account: your name, email address, the roles you were given and by whom, when you
            signed in, and a scrambled form of your password and recovery codes that cannot be read
            back.
          </li>
          <li>
            Your profile, if your account is linked to one: your appointments, skills, background
            and register of interests, each shared only as widely as you choose (some registers of
            interests are published because policy requires it).
          </li>
          <li>
            What you do here: bids, reviews, assignments and decisions, with an audit record of who
            changed what and when, so that the funding decisions can be shown to be fair.
          </li>
          <li>The emails the portal sends you, and whether they were delivered.</li>
        </ul>
        <h2>Who sees it</h2>
        <p>
          Programme staff, and the other people the portal&apos;s rules allow for each piece (for
          example, members see the parts of your profile you share with members). Nothing is sold or
          shared for marketing.
        </p>
        <h2>Your rights</h2>
        <p>
          You can see and correct your profile at any time, download what is held about you, and ask
          the programme team to erase it. Ask the programme team about anything in this notice.
        </p>
        <h2>Cookies</h2>
        <p>
          The portal sets only the cookies signing in needs: your session, a short-lived one while
          you enter a second-factor code, and one that shows new recovery codes once.
        </p>
      </div>
    </PageWidth>
  );
}
