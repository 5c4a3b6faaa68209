import "server-only";
import QRCode from "qrcode";
import { generateTotpSecret, groupedSecret, totpUri } from "./totp";

/** A fresh key for setting up an app, with its QR code as SVG markup and the key to type. */
export async function newAuthenticatorKey({ accountName }: { accountName: string }) {
  const secret = generateTotpSecret();
  const qrSvg = await QRCode.toString(totpUri({ secret, accountName }), {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
  });
  return { secret, qrSvg, groupedKey: groupedSecret(secret) };
}
