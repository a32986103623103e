// Every author operation, for the role × operation matrix test and for discovery.
import type { TOperation } from "@/lib/auth/operation";
import { addAuthorNote } from "./add-author-note";
import { banAuthor } from "./ban-author";
import { hideAuthorComments } from "./hide-author-comments";
import { restrictAuthor } from "./restrict-author";
import { undoAuthorAction } from "./undo-author-action";

export const OPERATIONS = [
  restrictAuthor,
  banAuthor,
  undoAuthorAction,
  addAuthorNote,
  hideAuthorComments,
] as unknown as TOperation<unknown, unknown>[];
