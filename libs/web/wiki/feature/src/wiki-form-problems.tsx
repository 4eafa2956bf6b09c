import { useErrorMessages } from '@pillars/web/core/data-access';
import { FormProblems } from '@pillars/web/ui';

/** A wiki form's problems, announced: what the form itself found, then what the API answered. */
export function WikiFormProblems({ problem, error }: { problem: string | null; error: unknown }) {
  const { messages } = useErrorMessages();
  return <FormProblems problems={[problem, error ? messages(error).join(' ') : null]} />;
}
