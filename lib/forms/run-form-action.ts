import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireRole } from "../auth/session";
import type { Role } from "../generated/prisma/enums";
import { formStateFromError, stringValues } from "./domain-error-state";
import { fieldErrorsFrom, formDataToObject, type FormState } from "./form-data";

/**
 * The house steps of a server action in one place (docs/STYLE "How a server action reads"): the
 * role, re-read from the database; the posted fields parsed by zod, with field errors and what
 * was typed sent back; the use-case; a refusal turned into a form state; then revalidate and
 * redirect, outside the try so Next's redirect is not caught.
 */
export async function runFormAction<T>({
  formData,
  roles,
  schema,
  run,
}: {
  formData: FormData;
  roles: Role[];
  schema: z.ZodType<T>;
  /** Calls the use-case; returns where to go next and which path's data changed. */
  run: (
    actor: Awaited<ReturnType<typeof requireRole>>,
    input: T,
  ) => Promise<{ redirectTo: string; revalidate: string }>;
}): Promise<FormState> {
  const actor = await requireRole(roles);
  const raw = formDataToObject(formData);
  const input = schema.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  let next: { redirectTo: string; revalidate: string };
  try {
    next = await run(actor, input.data);
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(next.revalidate, "layout");
  redirect(next.redirectTo);
}
