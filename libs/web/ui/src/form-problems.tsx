import { Alert } from '@mantine/core';

export interface FormProblemsProps {
  /** What went wrong, in words, in the order to read them (the form's own check, then the API's answer); empty entries are skipped. */
  problems: ReadonlyArray<string | null | undefined | false>;
}

/** A form's problems, each announced as an alert (role="alert", read out when it appears). Nothing when there are none. */
export function FormProblems({ problems }: FormProblemsProps) {
  const shown = problems.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((p, i) => (
        <Alert key={i} color="red" role="alert">
          {p}
        </Alert>
      ))}
    </>
  );
}
