"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { updateProfileAction } from "./actions";

type Option = { id: string; name: string };
type Visibility = "PRIVATE" | "MEMBERS";

export type ProfileValues = {
  givenName: string;
  familyName: string;
  bio: string;
  email: string | null;
  phone: string | null;
  contactPreference: "EMAIL" | "PHONE" | "NONE";
  emailVisibility: Visibility;
  phoneVisibility: Visibility;
  bioVisibility: Visibility;
  skillsVisibility: Visibility;
  sectorsVisibility: Visibility;
  appointmentsVisibility: Visibility;
  version: number;
  skills: Option[];
  sectors: Option[];
};

const VISIBILITY_OPTIONS = [
  { value: "MEMBERS", label: "Members can see this" },
  { value: "PRIVATE", label: "Only me (and programme admins)" },
];

/** The "Your profile" form. Posts to a server action, so it works without JavaScript. */
export function ProfileForm({
  profile,
  skills,
  sectors,
}: {
  profile: ProfileValues;
  skills: Option[];
  sectors: Option[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(updateProfileAction, {});
  const errors = state.fieldErrors ?? {};
  const text = (name: "givenName" | "familyName" | "bio" | "email" | "phone") =>
    state.values?.[name] ?? profile[name] ?? "";
  const visibility = (field: string) =>
    (state.values?.[`${field}Visibility`] as Visibility | undefined) ??
    profile[`${field}Visibility` as keyof ProfileValues];
  const visibilityChoice = (field: string, what: string) => (
    <Choices
      type="radio"
      name={`${field}Visibility`}
      legend={`Who can see your ${what}`}
      legendClassName="text-nhs-16 font-bold"
      options={VISIBILITY_OPTIONS}
      checked={[String(visibility(field))]}
      error={errors[`${field}Visibility`]}
      inline
    />
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate aria-label="Your profile">
        <input type="hidden" name="version" value={profile.version} />
        <TextInput
          id="givenName"
          name="givenName"
          label="First name"
          autoComplete="given-name"
          defaultValue={text("givenName")}
          error={errors.givenName}
          width={20}
        />
        <TextInput
          id="familyName"
          name="familyName"
          label="Last name"
          autoComplete="family-name"
          defaultValue={text("familyName")}
          error={errors.familyName}
          width={20}
        />
        <Textarea
          id="bio"
          name="bio"
          label="Biography"
          hint="Your background and what you bring, in a few sentences."
          defaultValue={text("bio")}
          error={errors.bio}
        />
        {visibilityChoice("bio", "biography")}

        <h2>Contact</h2>
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Contact email address (optional)"
          autoComplete="email"
          spellCheck={false}
          defaultValue={text("email")}
          error={errors.email}
          width={20}
        />
        {visibilityChoice("email", "email address")}
        <TextInput
          id="phone"
          name="phone"
          type="tel"
          label="Phone number (optional)"
          autoComplete="tel"
          defaultValue={text("phone")}
          error={errors.phone}
          width={20}
        />
        {visibilityChoice("phone", "phone number")}
        <Choices
          type="radio"
          name="contactPreference"
          legend="How would you like to be contacted?"
          options={[
            { value: "EMAIL", label: "Email" },
            { value: "PHONE", label: "Phone" },
            { value: "NONE", label: "Do not contact me" },
          ]}
          checked={[state.values?.contactPreference ?? profile.contactPreference]}
          error={errors.contactPreference}
        />

        <h2>Skills and background</h2>
        <Choices
          type="checkbox"
          name="skills"
          legend="Skills"
          hint="Select all that apply."
          options={skills.map((s) => ({ value: s.id, label: s.name }))}
          checked={profile.skills.map((s) => s.id)}
          error={errors.skills}
        />
        {visibilityChoice("skills", "skills")}
        <Choices
          type="checkbox"
          name="sectors"
          legend="Sector background"
          hint="Select all that apply."
          options={sectors.map((s) => ({ value: s.id, label: s.name }))}
          checked={profile.sectors.map((s) => s.id)}
          error={errors.sectors}
        />
        {visibilityChoice("sectors", "sector background")}
        {visibilityChoice("appointments", "appointments")}

        <Button disabled={pending}>Save profile</Button>
      </form>
    </>
  );
}
