import type { ReactNode } from "react";

/**
 * How to add the portal to an authenticator app: the QR code (an SVG drawn on the server by the
 * `qrcode` package) and the same key as text, for typing in by hand.
 */
export function AuthenticatorSetUp({
  qrSvg,
  groupedKey,
  children,
}: {
  qrSvg: string;
  groupedKey: string;
  children: ReactNode;
}) {
  return (
    <>
      <ol className="mb-nhs-4 list-decimal pl-nhs-5">
        <li className="mb-nhs-2">
          Open an authenticator app on your phone, such as Microsoft Authenticator, Google
          Authenticator or 1Password, and choose to add an account.
        </li>
        <li className="mb-nhs-2">Scan this QR code with it, or type in the key below.</li>
        <li className="mb-nhs-2">Enter the 6-digit code the app then shows.</li>
      </ol>
      <div
        role="img"
        aria-label="QR code to scan with your authenticator app. The key below holds the same."
        className="mb-nhs-4 h-[200px] w-[200px] bg-white p-nhs-2"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>
        Key:{" "}
        <code className="text-nhs-19 font-bold tracking-wider" translate="no">
          {groupedKey}
        </code>
      </p>
      {children}
    </>
  );
}
