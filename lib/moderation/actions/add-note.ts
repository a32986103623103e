"use server";
// Server action over the addNote operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { addNote } from "../operations/add-note";

export async function addNoteAction(input: unknown) {
  return runAction(addNote, input);
}
