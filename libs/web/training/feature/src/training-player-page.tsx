import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Code, FileInput, Group, Progress, Radio, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { errorExtensions, uploadFile, useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { PostBody } from '@pillars/web/feeds/feature';
import type { TrainingPlayerFieldsFragment, StartTrainingQuizMutation } from '@pillars/web/graphql';
import { CompleteTrainingModuleDocument, StartTrainingQuizDocument, SubmitTrainingEvidenceDocument, SubmitTrainingQuizDocument, TrainingPlayerDocument } from '@pillars/web/training/data-access';
import { ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconCertificate, IconCheck, IconExternalLink } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { SessionBookingPanel } from './session-booking-panel';
import { useTrainingDates } from './training-format';
import { certificateVerifyPath } from './training-paths';

type Player = TrainingPlayerFieldsFragment;
type PlayerModule = Player['modules'][number];

/** The course player: modules in order with progress, opening at the resume point. */
export function TrainingPlayerPage() {
  const { enrolmentId = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const { data, error, refetch } = useQuery(TrainingPlayerDocument, { variables: { enrolmentId }, fetchPolicy: 'cache-and-network' });
  const player = data?.trainingPlayer;
  usePageTitle(player?.course.title ?? t('training.player.title'));
  const [chosen, setChosen] = useState<string | null>(null);
  const { me } = useSession();

  if (error && !player) return <ErrorView title={t('training.player.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  if (!player) return <PageSkeleton label={t('common.loading')} />;

  const modules = [...player.modules].sort((a, b) => a.module.position - b.module.position);
  const currentId = chosen ?? player.resumeModuleId ?? null;
  const current = modules.find((m) => m.module.id === currentId) ?? null;
  const done = modules.filter((m) => m.done).length;
  const e = player.enrolment;

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={1} id={headingId} dir="auto">
          {player.course.title}
        </Title>
        {player.course.description ? (
          <Text c="dimmed" dir="auto">
            {player.course.description}
          </Text>
        ) : null}
        <Text size="sm">{t('training.mine.progress', { done, total: modules.length })}</Text>
        <Progress value={modules.length ? (100 * done) / modules.length : 0} aria-label={t('training.mine.progress', { done, total: modules.length })} />
      </Stack>
      {e.completedAt ? <CertificateCard player={player} /> : null}
      <Stack component="ol" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('training.player.modules')}>
        {modules.map((m, i) => (
          <li key={m.module.id}>
            <UnstyledButton
              onClick={() => setChosen(m.module.id)}
              aria-current={m.module.id === current?.module.id ? 'step' : undefined}
              p="xs"
              w="100%"
              style={{ borderRadius: 6, background: m.module.id === current?.module.id ? 'var(--mantine-color-default-hover)' : undefined }}
            >
              <Group gap="xs" wrap="nowrap">
                <Text fw={600} miw={24}>
                  {i + 1}.
                </Text>
                <Text dir="auto" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {m.module.title}
                </Text>
                <Badge variant="light" color={m.done ? 'teal' : 'gray'} tt="none" leftSection={m.done ? <IconCheck size={12} aria-hidden="true" /> : null}>
                  {m.done ? t('training.player.done') : t(`training.kind.${m.module.kind}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
      {current ? <ModulePanel key={current.module.id} enrolmentId={e.id} item={current} learner={me?.id === e.userId} onDone={() => setChosen(null)} /> : null}
    </Stack>
  );
}

function CertificateCard({ player }: { player: Player }) {
  const { t } = useTranslation();
  const day = useTrainingDates();
  const cert = player.enrolment.certificate;
  return (
    <Alert color="teal" icon={<IconCertificate aria-hidden="true" />} title={t('training.player.completed')}>
      <Stack gap="xs">
        {cert ? (
          <>
            <Text size="sm">
              {t('training.certificate.issuedOn', { date: day(cert.completedAt) })}
              {cert.expiresAt ? ` · ${t('training.mine.validUntil', { date: day(cert.expiresAt) })}` : ''}
            </Text>
            <Text size="sm">
              {t('training.certificate.code')} <Code style={{ overflowWrap: 'anywhere' }}>{cert.code}</Code>
            </Text>
            <Group gap="md" wrap="wrap">
              {/* The alert's own text colour: Mantine's link blue on the light teal falls short of 4.5:1. */}
              <Anchor href={cert.pdfUrl} download c="inherit" underline="always" fw={600}>
                {t('training.certificate.download')}
              </Anchor>
              <Anchor component={Link} to={certificateVerifyPath(cert.code)} c="inherit" underline="always" fw={600}>
                {t('training.certificate.verifyLink')}
              </Anchor>
            </Group>
          </>
        ) : (
          <Text size="sm">{t('training.certificate.pending')}</Text>
        )}
      </Stack>
    </Alert>
  );
}

function ModulePanel({ enrolmentId, item, learner, onDone }: { enrolmentId: string; item: PlayerModule; learner: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const day = useTrainingDates();
  const m = item.module;
  const [complete, completion] = useMutation(CompleteTrainingModuleDocument);
  const [opened, setOpened] = useState(false);
  const finish = () => {
    complete({ variables: { enrolmentId, moduleId: m.id } })
      .then(onDone)
      .catch(() => undefined);
  };
  const headingId = useId();

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} fz="h3" id={headingId} dir="auto">
          {m.title}
        </Title>
        {item.done ? (
          <Text c="teal" fw={600}>
            {item.completedAt ? t('training.status.doneOn', { date: day(item.completedAt) }) : t('training.player.done')}
            {item.score != null ? ` · ${t('training.quiz.score', { score: item.score })}` : ''}
          </Text>
        ) : null}
        {m.kind === 'MARKDOWN' && m.contentHtml ? <PostBody html={m.contentHtml} /> : null}
        {m.kind === 'EXTERNAL_LINK' && m.url ? (
          <Anchor href={m.url} target="_blank" rel="noopener noreferrer" onClick={() => setOpened(true)} dir="auto" style={{ overflowWrap: 'anywhere' }}>
            <Group gap={4} component="span" wrap="nowrap">
              {t('training.player.openLink')}
              <IconExternalLink size={16} aria-hidden="true" />
            </Group>
          </Anchor>
        ) : null}
        {m.kind === 'POLICY_ACK' && m.policyId ? (
          <Stack gap="xs">
            <Text>{t('training.player.policyHint')}</Text>
            <Anchor component={Link} to={`/policies/${m.policyId}`}>
              {t('training.player.openPolicy')}
            </Anchor>
          </Stack>
        ) : null}
        {m.kind === 'ATTENDANCE' ? <SessionBookingPanel enrolmentId={enrolmentId} item={item} learner={learner} /> : null}
        {m.kind === 'QUIZ' && !item.done ? <QuizPanel enrolmentId={enrolmentId} item={item} onDone={onDone} /> : null}
        {m.kind === 'EVIDENCE_UPLOAD' ? <EvidencePanel enrolmentId={enrolmentId} item={item} /> : null}
        {!item.done && (m.kind === 'MARKDOWN' || m.kind === 'EXTERNAL_LINK' || m.kind === 'POLICY_ACK') ? (
          <Group>
            <Button onClick={finish} loading={completion.loading} disabled={m.kind === 'EXTERNAL_LINK' && !opened}>
              {m.kind === 'MARKDOWN' ? t('training.player.markComplete') : m.kind === 'EXTERNAL_LINK' ? t('training.player.confirmLink') : t('training.player.confirmPolicy')}
            </Button>
          </Group>
        ) : null}
        {completion.error ? (
          <Text role="alert" c="red">
            {messages(completion.error).join(' ')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

type Attempt = StartTrainingQuizMutation['startTrainingQuiz'];

function QuizPanel({ enrolmentId, item, onDone }: { enrolmentId: string; item: PlayerModule; onDone: () => void }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const m = item.module;
  const [start, starting] = useMutation(StartTrainingQuizDocument);
  const [submit, submitting] = useMutation(SubmitTrainingQuizDocument);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [graded, setGraded] = useState<{ score: number; passMark: number; attemptsLeft: number } | null>(null);

  const begin = () => {
    setGraded(null);
    setFailure(null);
    setAnswers({});
    start({ variables: { enrolmentId, moduleId: m.id } })
      .then((r) => setAttempt(r.data?.startTrainingQuiz ?? null))
      .catch((err: unknown) => setFailure(messages(err).join(' ')));
  };
  const send = () => {
    if (!attempt) return;
    setFailure(null);
    submit({ variables: { input: { attemptId: attempt.id, answers: attempt.questions.map((q) => ({ questionId: q.id, optionIds: answers[q.id] ?? [] })) } } })
      .then(onDone)
      .catch((err: unknown) => {
        setAttempt(null);
        setFailure(messages(err).join(' '));
        // A failed attempt is graded and counted: say the score and what is left.
        const ext = errorExtensions(err, 'TRAINING_QUIZ_FAILED');
        if (ext && typeof ext['score'] === 'number') setGraded({ score: ext['score'], passMark: Number(ext['passMark'] ?? m.passMark ?? 0), attemptsLeft: Number(ext['attemptsLeft'] ?? 0) });
      });
  };
  const complete = attempt ? attempt.questions.every((q) => (answers[q.id] ?? []).length > 0) : false;

  return (
    <Stack gap="md">
      {m.passMark != null ? <Text size="sm">{t('training.quiz.passMark', { passMark: m.passMark })}</Text> : null}
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
          {graded ? <Text mt="xs">{t('training.quiz.failed', { score: graded.score, passMark: graded.passMark, left: graded.attemptsLeft })}</Text> : null}
        </Alert>
      ) : null}
      {!attempt ? (
        graded && graded.attemptsLeft <= 0 ? null : (
          <Group>
            <Button onClick={begin} loading={starting.loading}>
              {failure ? t('training.quiz.retry') : t('training.quiz.start')}
            </Button>
          </Group>
        )
      ) : (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('training.quiz.attempt', { number: attempt.number, max: attempt.maxAttempts })}
          </Text>
          {attempt.questions.map((q, i) =>
            q.multiple ? (
              <Checkbox.Group key={q.id} label={<span dir="auto">{`${i + 1}. ${q.prompt}`}</span>} description={t('training.quiz.chooseAll')} value={answers[q.id] ?? []} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}>
                <Stack gap="xs" mt="xs">
                  {q.options.map((o) => (
                    <Checkbox key={o.id} value={o.id} label={<span dir="auto">{o.text}</span>} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : (
              <Radio.Group key={q.id} label={<span dir="auto">{`${i + 1}. ${q.prompt}`}</span>} value={answers[q.id]?.[0] ?? null} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: [v] }))}>
                <Stack gap="xs" mt="xs">
                  {q.options.map((o) => (
                    <Radio key={o.id} value={o.id} label={<span dir="auto">{o.text}</span>} />
                  ))}
                </Stack>
              </Radio.Group>
            ),
          )}
          <Group>
            <Button onClick={send} loading={submitting.loading} disabled={!complete}>
              {t('training.quiz.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function EvidencePanel({ enrolmentId, item }: { enrolmentId: string; item: PlayerModule }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [submitEvidence] = useMutation(SubmitTrainingEvidenceDocument, { refetchQueries: ['TrainingPlayer'] });
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const send = () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    uploadFile(file, file.name)
      .then((uploaded) => submitEvidence({ variables: { enrolmentId, moduleId: item.module.id, fileId: uploaded.id } }))
      .then(() => {
        setSent(true);
        setFile(null);
      })
      .catch((err: unknown) => setFailure(messages(err).join(' ')))
      .finally(() => setBusy(false));
  };
  return (
    <Stack gap="sm">
      {item.evidenceStatus ? (
        <Text>
          {t(`training.evidence.${item.evidenceStatus}`)}
          {item.evidenceReason ? (
            <>
              {' · '}
              <span dir="auto">{item.evidenceReason}</span>
            </>
          ) : null}
        </Text>
      ) : null}
      {sent ? <Text role="status">{t('training.evidence.sent')}</Text> : null}
      {!item.done && item.evidenceStatus !== 'PENDING' ? (
        <>
          <FileInput label={t('training.evidence.file')} description={t('training.evidence.hint')} accept="application/pdf,image/png,image/jpeg" value={file} onChange={setFile} clearable />
          <Group>
            <Button onClick={send} loading={busy} disabled={!file}>
              {t('training.evidence.submit')}
            </Button>
          </Group>
        </>
      ) : null}
      {failure ? (
        <Text role="alert" c="red">
          {failure}
        </Text>
      ) : null}
    </Stack>
  );
}
