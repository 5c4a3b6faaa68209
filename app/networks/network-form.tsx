"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { saveNetworkAction } from "./actions";

type NetworkValues = {
  id?: string;
  footprintId: string;
  name: string;
  purpose: string;
  function: string;
  model: string;
  howToJoin: string;
  status: string;
  version?: number;
};

/** Create or edit a network. Posts to a server action, so it works without JavaScript. */
export function NetworkForm({
  network,
  footprints,
}: {
  network: NetworkValues;
  footprints: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveNetworkAction, {});
  const value = (name: keyof NetworkValues) => state.values?.[name] ?? String(network[name] ?? "");
  const errors = state.fieldErrors ?? {};
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        {network.id ? <input type="hidden" name="id" value={network.id} /> : null}
        {network.version ? <input type="hidden" name="version" value={network.version} /> : null}
        {network.id ? (
          <input type="hidden" name="footprintId" value={network.footprintId} />
        ) : (
          <Select
            id="footprintId"
            name="footprintId"
            label="Footprint"
            defaultValue={value("footprintId")}
            error={errors.footprintId}
            options={footprints.map((f) => ({ value: f.id, label: f.name }))}
          />
        )}
        <TextInput
          id="name"
          name="name"
          label="Name"
          defaultValue={value("name")}
          error={errors.name}
        />
        <Textarea
          id="purpose"
          name="purpose"
          label="Purpose"
          hint="What the network is for, in a few sentences."
          defaultValue={value("purpose")}
          error={errors.purpose}
        />
        <Textarea
          id="function"
          name="function"
          label="Function"
          hint="What the network does."
          defaultValue={value("function")}
          error={errors.function}
        />
        <Textarea
          id="model"
          name="model"
          label="Model"
          hint="How it is set up: how often it meets, who chairs it, who supports it."
          defaultValue={value("model")}
          error={errors.model}
        />
        <Textarea
          id="howToJoin"
          name="howToJoin"
          label="How to get involved"
          defaultValue={value("howToJoin")}
          error={errors.howToJoin}
          rows={3}
        />
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={value("status") || "PROPOSED"}
          error={errors.status}
          options={[
            { value: "PROPOSED", label: "Proposed" },
            { value: "ESTABLISHED", label: "Established" },
            { value: "PILOT", label: "Pilot site" },
            { value: "CLOSED", label: "Closed" },
          ]}
        />
        <Button disabled={pending}>{network.id ? "Save changes" : "Create network"}</Button>
      </form>
    </>
  );
}
