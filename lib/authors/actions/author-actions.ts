"use server";
// Server actions over the author operations (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { addAuthorNote } from "../operations/add-author-note";
import { banAuthor } from "../operations/ban-author";
import { hideAuthorComments } from "../operations/hide-author-comments";
import { restrictAuthor } from "../operations/restrict-author";
import { undoAuthorAction } from "../operations/undo-author-action";

export async function restrictAuthorAction(input: unknown) {
  return runAction(restrictAuthor, input);
}

export async function banAuthorAction(input: unknown) {
  return runAction(banAuthor, input);
}

export async function undoAuthorActionAction(input: unknown) {
  return runAction(undoAuthorAction, input);
}

export async function addAuthorNoteAction(input: unknown) {
  return runAction(addAuthorNote, input);
}

export async function hideAuthorCommentsAction(input: unknown) {
  return runAction(hideAuthorComments, input);
}
