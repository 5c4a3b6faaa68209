/**
 * The rule for a new password: at least 12 characters, and not common or guessable by the
 * estimate of zxcvbn-ts (common passwords, names, words, dates, keyboard patterns, l33t, and the
 * person's own name and email address), which must put it at score 3 or more ("safely
 * unguessable: moderate protection from an offline slow-hash scenario"). Pure, but it loads the
 * dictionaries on first use. tests/unit/password-strength.test.ts.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 and the estimator are both happy below this; nobody types more. */
export const MAX_PASSWORD_LENGTH = 128;
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/** Why `password` may not be used, or null when it may. */
export function passwordProblem({
  password,
  userInputs = [],
}: {
  password: string;
  /** The person's name, email address and the like, which a guesser would try first. */
  userInputs?: string[];
}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Your password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Your password must be ${MAX_PASSWORD_LENGTH} characters or fewer`;
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[\s@.+_-]+/)]);
  const result = estimator().check(
    password,
    inputs.filter((i) => i.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning?.replace(/\.$/, "");
  return `Choose a password that is harder to guess${warning ? `: ${lowerFirst(warning)}` : ""}. A few unrelated words together work well.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
