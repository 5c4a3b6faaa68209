"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ZDeclaration, ZEndDeclaration } from "@/lib/declarations/declaration-schema";
import { addDeclaration } from "@/lib/declarations/add-declaration";
import { endDeclaration } from "@/lib/declarations/end-declaration";
import { updateDeclaration } from "@/lib/declarations/update-declaration";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";
import { ZProfile } from "@/lib/people/profile-schema";
import { updateProfile } from "@/lib/people/update-profile";

export async function updateProfileAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me" });
  const raw = formDataToObject(formData);
  const input = ZProfile.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  try {
    await updateProfile({ actor, profile: input.data });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath("/me");
  redirect("/me?done=profile");
}

export async function saveDeclarationAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me" });
  const raw = formDataToObject(formData);
  const input = ZDeclaration.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const id = input.data.id;
  try {
    if (id) await updateDeclaration({ actor, id, input: input.data });
    else await addDeclaration({ actor, input: input.data });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath("/me");
  redirect(`/me?done=${id ? "declaration-updated" : "declaration-added"}#interests`);
}

export async function endDeclarationAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me" });
  const raw = formDataToObject(formData);
  const input = ZEndDeclaration.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  try {
    await endDeclaration({ actor, ...input.data });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath("/me");
  redirect("/me?done=declaration-ended#interests");
}
