import { z } from "zod";
import { choice, idList, text, version } from "../forms/fields";

const visibility = choice(["PRIVATE", "MEMBERS"] as const, { message: "Choose who can see this" });

/** The "Your profile" form. Empty e-mail and phone clear the value. */
export const ZProfile = z.object({
  givenName: text({ label: "First name", max: 100, required: "Enter your first name" }),
  familyName: text({ label: "Last name", max: 100, required: "Enter your last name" }),
  bio: text({ label: "Biography", max: 2000 }),
  email: text({ label: "Email address", max: 320 }).pipe(
    z.union([
      z.literal(""),
      z.email({ error: "Enter an email address in the correct format, like name@example.org" }),
    ]),
  ),
  phone: text({ label: "Phone number", max: 30 }).pipe(
    z.string().regex(/^[0-9 +()-]*$/, { error: "Enter a phone number, like 01632 960 001" }),
  ),
  contactPreference: choice(["EMAIL", "PHONE", "NONE"] as const, {
    message: "Choose how to be contacted",
  }),
  skills: idList({ max: 50 }),
  sectors: idList({ max: 50 }),
  emailVisibility: visibility,
  phoneVisibility: visibility,
  bioVisibility: visibility,
  skillsVisibility: visibility,
  sectorsVisibility: visibility,
  appointmentsVisibility: visibility,
  version: version({ min: 1 }),
});
export type Profile = z.infer<typeof ZProfile>;
