"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole, requireUser } from "@/lib/auth/session";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";
import { decideJoinRequest } from "@/lib/networks/decide-join-request";
import { leaveNetwork } from "@/lib/networks/leave-network";
import { ZJoinDecision, ZJoinRequest, ZNetwork, ZNetworkId } from "@/lib/networks/network-schema";
import { requestToJoin } from "@/lib/networks/request-to-join";
import { createNetwork } from "@/lib/networks/create-network";
import { updateNetwork } from "@/lib/networks/update-network";

export async function requestToJoinAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const raw = formDataToObject(formData);
  const ids = ZNetworkId.safeParse(raw);
  const input = ZJoinRequest.safeParse(raw);
  if (!ids.success) return { formError: "Network not found" };
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  try {
    await requestToJoin({ actor, networkId: ids.data.networkId, message: input.data.message });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/networks/${ids.data.networkId}`);
  redirect(`/networks/${ids.data.networkId}?done=requested`);
}

export async function leaveNetworkAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const ids = ZNetworkId.safeParse(formDataToObject(formData));
  if (!ids.success) return { formError: "Network not found" };
  try {
    await leaveNetwork({ actor, networkId: ids.data.networkId });
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/networks/${ids.data.networkId}`);
  redirect(`/networks/${ids.data.networkId}?done=left`);
}

export async function decideJoinRequestAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["BOARD_ADMIN"]);
  const input = ZJoinDecision.safeParse(formDataToObject(formData));
  if (!input.success) return { formError: "Choose approve or decline" };
  let networkId: string;
  try {
    ({ networkId } = await decideJoinRequest({ actor, ...input.data }));
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/networks/${networkId}`);
  redirect(
    `/networks/${networkId}?done=${input.data.decision === "APPROVE" ? "approved" : "declined"}`,
  );
}

export async function saveNetworkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(["BOARD_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZNetwork.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const id = input.data.id;
  let networkId: string;
  try {
    networkId = id
      ? (await updateNetwork({ actor, id, input: input.data })).id
      : (await createNetwork({ actor, input: input.data })).id;
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath("/networks");
  revalidatePath(`/networks/${networkId}`);
  redirect(`/networks/${networkId}?done=${id ? "updated" : "created"}`);
}
