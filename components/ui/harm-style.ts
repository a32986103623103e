// Tailwind classes per harm, written out in full so Tailwind finds them (colour is never the only
// signal: every use also prints the harm's name).
import { type THarm } from "@/lib/triage/types";

export const HARM_STYLE: Record<THarm, { chip: string; mark: string; bar: string }> = {
  hate: { chip: "bg-hate text-white", mark: "bg-hate/15 decoration-hate", bar: "bg-hate" },
  harassment: {
    chip: "bg-harassment text-white",
    mark: "bg-harassment/15 decoration-harassment",
    bar: "bg-harassment",
  },
  threat: {
    chip: "bg-threat text-white",
    mark: "bg-threat/15 decoration-threat",
    bar: "bg-threat",
  },
  profanity: {
    chip: "bg-profanity text-white",
    mark: "bg-profanity/15 decoration-profanity",
    bar: "bg-profanity",
  },
  extremism: {
    chip: "bg-extremism text-white",
    mark: "bg-extremism/15 decoration-extremism",
    bar: "bg-extremism",
  },
  misinformation: {
    chip: "bg-misinformation text-white",
    mark: "bg-misinformation/15 decoration-misinformation",
    bar: "bg-misinformation",
  },
};
