import Link from "next/link";
import { Tag } from "./tag";

export type TaskStatus = "Completed" | "In progress" | "Not started" | "Cannot start yet";

const STATUS_COLOURS = {
  Completed: "white",
  "In progress": "blue",
  "Not started": "grey",
  "Cannot start yet": "grey",
} as const;

/** The NHS.UK task list: each task links to its page and shows its status as a tag. */
export function TaskList({
  tasks,
}: {
  tasks: { id: string; title: string; href?: string; status: TaskStatus; hint?: string }[];
}) {
  return (
    <ul className="mb-nhs-5 mt-0 list-none border-t border-nhs-border p-0">
      {tasks.map((task) => (
        <li
          key={task.id}
          className="flex flex-wrap items-center justify-between gap-nhs-2 border-b border-nhs-border bg-white px-nhs-3 py-nhs-3"
        >
          <div>
            {task.href ? (
              <Link href={task.href} aria-describedby={`${task.id}-status`}>
                {task.title}
              </Link>
            ) : (
              <span>{task.title}</span>
            )}
            {task.hint ? (
              <span className="block text-nhs-16 text-nhs-secondary-text">{task.hint}</span>
            ) : null}
          </div>
          <span id={`${task.id}-status`}>
            <Tag colour={STATUS_COLOURS[task.status]}>{task.status}</Tag>
          </span>
        </li>
      ))}
    </ul>
  );
}
