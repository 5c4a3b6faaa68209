import { describe, expect, it } from "vitest";
import { fieldErrorsFrom, formDataToObject } from "@/lib/forms/form-data";

describe("formDataToObject", () => {
  it("keeps single values, gathers repeated keys and drops Next's action fields", () => {
    const data = new FormData();
    data.append("email", "a@example.org");
    data.append("skill", "finance");
    data.append("skill", "digital");
    data.append("$ACTION_ID_123", "");
    data.append("file", new Blob(["x"]), "x.txt");
    expect(formDataToObject(data)).toEqual({
      email: "a@example.org",
      skill: ["finance", "digital"],
    });
  });
});

describe("fieldErrorsFrom", () => {
  it("keeps the first message for each field, in order", () => {
    expect(
      fieldErrorsFrom([
        { path: ["email"], message: "Enter your email address" },
        { path: ["email"], message: "second" },
        { path: ["lines", 0, "amount"], message: "Enter an amount" },
        { path: [], message: "form-level" },
      ]),
    ).toEqual({ email: "Enter your email address", "lines.0.amount": "Enter an amount" });
  });
});
