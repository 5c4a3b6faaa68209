import { afterEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";

afterEach(() => vi.restoreAllMocks());

describe("formStateFromError", () => {
  it.each([
    {
      name: "a refusal on a field",
      error: new DomainError({ code: "INVALID_STATE", message: "Too late", field: "endsOn" }),
      expected: { fieldErrors: { endsOn: "Too late" }, values: { a: "1" } },
    },
    {
      name: "a refusal of the whole form",
      error: new DomainError({ code: "STALE_WRITE", message: "Changed elsewhere" }),
      expected: { formError: "Changed elsewhere", values: { a: "1" } },
    },
  ])("$name", ({ error, expected }) => {
    expect(formStateFromError(error, { a: "1" })).toEqual(expected);
  });

  it("never shows an unexpected error's own message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = formStateFromError(new Error("connection string postgres://secret"));
    expect(state.formError).toBe("Sorry, something went wrong. Try again in a few minutes.");
    expect(JSON.stringify(state)).not.toContain("secret");
    expect(log).toHaveBeenCalledOnce();
  });
});

describe("stringValues", () => {
  it("keeps single values and drops repeated ones", () => {
    expect(stringValues({ name: "x", skills: ["a", "b"] })).toEqual({ name: "x" });
  });
});
