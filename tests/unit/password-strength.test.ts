import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-strength";

describe("passwordProblem: at least 12 characters, and not guessable", () => {
  it.each([
    ["short", /at least 12 characters/],
    ["elevenchars", /at least 12 characters/],
    ["password1234", /harder to guess/],
    ["qwertyuiopas", /harder to guess/],
    ["aaaaaaaaaaaa", /harder to guess/],
    ["123456789012", /harder to guess/],
    ["Password2026!", /harder to guess/],
    ["x".repeat(129), /128 characters or fewer/],
  ])("refuses %j", (password, message) => {
    expect(passwordProblem({ password })).toMatch(message);
  });

  it.each([
    "correct horse battery staple",
    "violet tractor quietly 1987 harbour",
    "Ambition-Innovation-Scale-7",
    "tG8#qLw2!vZp",
  ])("accepts %j", (password) => {
    expect(passwordProblem({ password })).toBeNull();
  });

  it("refuses a password made of the person's own name and address", () => {
    const userInputs = ["priya.ramanathan@example.org", "Priya Ramanathan"];
    expect(passwordProblem({ password: "PriyaRamanathan", userInputs })).toMatch(/harder to guess/);
    expect(passwordProblem({ password: "PriyaRamanathan", userInputs: [] })).toBeNull();
  });
});
