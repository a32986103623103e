// A titled section of the report; sections start on a fresh page block when printed.
export function ReportSection({
  id,
  title,
  noPrint,
  children,
}: {
  id: string;
  title: string;
  noPrint?: boolean;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`mb-8 ${noPrint ? "no-print" : "print:break-inside-auto"}`}
    >
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
