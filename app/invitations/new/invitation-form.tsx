"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { inviteAction } from "../actions";

/** The invitation: who, and (for a programme admin) with which roles. A plain form without JavaScript. */
export function InvitationForm({
  programmeAdmin,
  footprints,
  people,
  personSearched,
}: {
  programmeAdmin: boolean;
  footprints: { id: string; name: string }[];
  people: { id: string; name: string; email: string | null }[];
  personSearched: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(inviteAction, {});
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        {personSearched ? (
          <Choices
            type="radio"
            name="personId"
            legend="Link the account to"
            hint="The new account then keeps this person's profile, appointments and register of interests."
            error={errors.personId}
            checked={[value("personId")]}
            options={[
              { value: "", label: "Nobody in the directory" },
              ...people.map((person) => ({
                value: person.id,
                label: person.name,
                hint: person.email ?? undefined,
              })),
            ]}
          />
        ) : null}
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          hint="The invitation is sent here, and the account signs in with it."
          spellCheck={false}
          autoComplete="off"
          defaultValue={value("email")}
          error={errors.email}
          width={20}
        />
        <TextInput
          id="name"
          name="name"
          label="Name"
          hint={
            personSearched ? "Leave empty to use the name of the person linked above." : undefined
          }
          defaultValue={value("name")}
          error={errors.name}
          autoComplete="off"
          width={20}
        />
        {programmeAdmin ? (
          <>
            <Choices
              type="checkbox"
              name="roles"
              legend="Roles"
              error={errors.roles}
              checked={state.values ? [value("roles")] : ["MEMBER"]}
              options={[
                {
                  value: "MEMBER",
                  label: "Member",
                  hint: "A lay member, NED or councillor: profile, networks, bids",
                },
                {
                  value: "ASSESSOR",
                  label: "Assessor",
                  hint: "NHS Clinical Commissioners staff who score bids",
                },
                {
                  value: "PROGRAMME_ADMIN",
                  label: "Programme admin",
                  hint: "Runs the programme: rounds, decisions, users",
                },
              ]}
            />
            <Choices
              type="checkbox"
              name="boardFootprintIds"
              id="boardFootprintIds"
              legend="Board admin of"
              hint="Choose the footprints whose workstreams and board seats they will manage, if any."
              error={errors.boardFootprintIds}
              checked={[value("boardFootprintIds")]}
              options={footprints.map((f) => ({ value: f.id, label: f.name }))}
            />
            <p className="text-nhs-secondary-text">
              Staff roles (assessor, programme admin, board admin) set up an authenticator app the
              first time they sign in.
            </p>
          </>
        ) : (
          <>
            <input type="hidden" name="roles" value="MEMBER" />
            <Select
              id="footprintId"
              name="footprintId"
              label="A member of"
              defaultValue={value("footprintId")}
              error={errors.footprintId}
              options={footprints.map((f) => ({ value: f.id, label: f.name }))}
            />
          </>
        )}
        <Button disabled={pending}>Send the invitation</Button>
      </form>
    </>
  );
}
