import { Alert } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';

/** A wiki form's problems, announced: what the form itself found, then what the API answered. */
export function WikiFormProblems({ problem, error }: { problem: string | null; error: unknown }) {
  const { messages } = useErrorMessages();
  return (
    <>
      {problem ? (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {messages(error).join(' ')}
        </Alert>
      ) : null}
    </>
  );
}
