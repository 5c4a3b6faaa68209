import { z } from "zod";

const visibility = z.enum(["PRIVATE", "MEMBERS"], { error: "Choose who can see this" });
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .refine((values) => values.length <= 50 && values.every((v) => v.length > 0 && v.length <= 100), {
    error: "Choose from the list",
  });

/** The "Your profile" form. Empty e-mail and phone clear the value. */
export const ZProfile = z.object({
  givenName: z
    .string()
    .trim()
    .min(1, { error: "Enter your first name" })
    .max(100, { error: "First name must be 100 characters or fewer" }),
  familyName: z
    .string()
    .trim()
    .min(1, { error: "Enter your last name" })
    .max(100, { error: "Last name must be 100 characters or fewer" }),
  bio: z.string().trim().max(2000, { error: "Biography must be 2,000 characters or fewer" }),
  email: z
    .string()
    .trim()
    .max(320, { error: "Email address must be 320 characters or fewer" })
    .pipe(
      z.union([
        z.literal(""),
        z.email({ error: "Enter an email address in the correct format, like name@example.org" }),
      ]),
    ),
  phone: z
    .string()
    .trim()
    .max(30, { error: "Phone number must be 30 characters or fewer" })
    .regex(/^[0-9 +()-]*$/, { error: "Enter a phone number, like 01632 960 001" }),
  contactPreference: z.enum(["EMAIL", "PHONE", "NONE"], { error: "Choose how to be contacted" }),
  skills: list,
  sectors: list,
  emailVisibility: visibility,
  phoneVisibility: visibility,
  bioVisibility: visibility,
  skillsVisibility: visibility,
  sectorsVisibility: visibility,
  appointmentsVisibility: visibility,
  version: z.coerce.number().int().min(1),
});
export type Profile = z.infer<typeof ZProfile>;
