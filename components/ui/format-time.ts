// One deterministic time format for server and client render (no hydration drift): "2024-01-20 08:00 UTC".
export function formatTime(iso: string | null): string {
  if (!iso) return "unknown time";
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
