import { formatUkDate } from "@/lib/format/dates";
import { ASSIGNMENT_ROLE_LABELS } from "@/lib/format/labels";
import type { AssignmentRole } from "@/lib/generated/prisma/enums";

type Target = { name: string; footprint: { name: string } } | null;

export type MyAssignment = {
  id: string;
  role: AssignmentRole;
  startsOn: Date;
  endsOn: Date | null;
  workstream: Target;
  boardSeat: Target;
};

/** A member's workstreams and board seats: current ones, then the history folded away. */
export function MyAssignments({ assignments }: { assignments: MyAssignment[] }) {
  const current = assignments.filter((a) => a.endsOn === null);
  const past = assignments.filter((a) => a.endsOn !== null);
  return (
    <>
      {current.length ? (
        <ul className="list-none p-0">
          {current.map((assignment) => {
            const target = assignment.workstream ?? assignment.boardSeat;
            return (
              <li key={assignment.id} className="mb-nhs-2">
                <strong>{target?.name}</strong>, {target?.footprint.name}:{" "}
                {assignment.boardSeat
                  ? "board seat holder"
                  : ASSIGNMENT_ROLE_LABELS[assignment.role].toLowerCase()}{" "}
                since {formatUkDate(assignment.startsOn)}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>You are not assigned to a workstream or board seat.</p>
      )}
      {past.length ? (
        <details className="mb-nhs-4">
          <summary className="cursor-pointer text-nhs-blue underline">
            Past assignments ({past.length})
          </summary>
          <ul className="mt-nhs-2 list-none p-0 text-nhs-16">
            {past.map((assignment) => {
              const target = assignment.workstream ?? assignment.boardSeat;
              return (
                <li key={assignment.id} className="mb-nhs-2">
                  {target?.name}, {target?.footprint.name}: {formatUkDate(assignment.startsOn)} to{" "}
                  {assignment.endsOn ? formatUkDate(assignment.endsOn) : ""}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </>
  );
}
