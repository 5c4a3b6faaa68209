import { z } from "zod";
import { choiceList, emailAddress, id, idList, optionalId, text, version } from "../forms/fields";
import { GLOBAL_ROLES } from "./invitation-rules";

export const ZInvite = z.object({
  email: emailAddress({ label: "Email address", required: "Enter their email address" }),
  name: text({ label: "Name", max: 200 }),
  personId: optionalId({ message: "Choose someone from the list" }),
  roles: choiceList(GLOBAL_ROLES, { message: "Choose roles from the list" }),
  boardFootprintIds: idList({ max: 100, message: "Choose footprints from the list" }),
  footprintId: optionalId({ message: "Choose one of your footprints" }),
});

export const ZManageInvitation = z.object({
  invitationId: id(),
  version: version(),
});
