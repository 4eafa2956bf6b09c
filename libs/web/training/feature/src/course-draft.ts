import type { TrainingCourseEditorFieldsFragment, TrainingCourseInput, TrainingModuleInput, TrainingModuleKind } from '@pillars/web/graphql';

export const COURSE_LANGUAGES = ['en', 'ar', 'he', 'it'] as const;
export const MODULE_KINDS: TrainingModuleKind[] = ['MARKDOWN', 'POLICY_ACK', 'QUIZ', 'EXTERNAL_LINK', 'ATTENDANCE', 'EVIDENCE_UPLOAD'];

export interface OptionDraft {
  key: string;
  text: string;
  correct: boolean;
}
export interface QuestionDraft {
  key: string;
  prompt: string;
  multiple: boolean;
  options: OptionDraft[];
}
/** ATTENDANCE: one live session; times as `datetime-local` values (the browser's time zone). */
export interface SessionDraft {
  key: string;
  startsAt: string;
  /** Empty: no end given. */
  endsAt: string;
  place: string;
  capacity: number;
}
export interface ModuleDraft {
  key: string;
  /** The saved module this one edits (sent back so it keeps its sessions and seats); null for a module added here. */
  id: string | null;
  kind: TrainingModuleKind;
  title: string;
  /** MARKDOWN: the text; QUIZ, ATTENDANCE, EVIDENCE_UPLOAD, EXTERNAL_LINK: instructions. */
  content: string;
  url: string;
  policyId: string | null;
  passMark: number;
  maxAttempts: number;
  /** Null: draw the whole bank. */
  drawCount: number | null;
  questions: QuestionDraft[];
  sessions: SessionDraft[];
}
export interface CourseDraft {
  title: string;
  description: string;
  category: string;
  estimatedMinutes: number;
  languages: string[];
  /** Null: a completion never expires. */
  validityMonths: number | null;
  selfEnrol: boolean;
  modules: ModuleDraft[];
}

let seq = 0;
/** A key for React lists and focus targets; never sent to the API. */
export const newKey = () => `k${++seq}`;

export const emptyOption = (correct = false): OptionDraft => ({ key: newKey(), text: '', correct });
export const emptyQuestion = (): QuestionDraft => ({ key: newKey(), prompt: '', multiple: false, options: [emptyOption(true), emptyOption()] });
const pad = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value for an instant, in the browser's time zone. */
export const localDateTime = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const instant = (local: string) => (local ? new Date(local) : null);
const validTime = (local: string) => !Number.isNaN(instant(local)?.getTime() ?? Number.NaN);
const isoOf = (local: string) => (validTime(local) ? (instant(local) as Date).toISOString() : null);
export const emptySession = (): SessionDraft => ({ key: newKey(), startsAt: '', endsAt: '', place: '', capacity: 20 });
export const emptyModule = (kind: TrainingModuleKind): ModuleDraft => ({
  key: newKey(), id: null, kind, title: '', content: '', url: '', policyId: null, passMark: 80, maxAttempts: 3, drawCount: null, questions: kind === 'QUIZ' ? [emptyQuestion()] : [],
  sessions: kind === 'ATTENDANCE' ? [emptySession()] : [],
});
export const emptyCourse = (language: string): CourseDraft => ({
  title: '', description: '', category: '', estimatedMinutes: 15, languages: [COURSE_LANGUAGES.find((l) => l === language) ?? 'en'], validityMonths: null, selfEnrol: false, modules: [],
});

/** The editor's copy of a saved course (the bank comes with its key for those who manage it). */
export function draftOf(course: TrainingCourseEditorFieldsFragment): CourseDraft {
  return {
    title: course.title, description: course.description, category: course.category, estimatedMinutes: course.estimatedMinutes, languages: [...course.languages],
    validityMonths: course.validityMonths ?? null, selfEnrol: course.selfEnrol,
    modules: [...course.modules]
      .sort((a, b) => a.position - b.position)
      .map((m) => ({
        key: newKey(), id: m.id, kind: m.kind, title: m.title, content: m.content ?? '', url: m.url ?? '', policyId: m.policyId ?? null,
        passMark: m.passMark ?? 80, maxAttempts: m.maxAttempts ?? 3, drawCount: m.drawCount ?? null,
        questions: (m.questionBank ?? []).map((q) => ({ key: newKey(), prompt: q.prompt, multiple: q.multiple, options: q.options.map((o) => ({ key: newKey(), text: o.text, correct: o.correct })) })),
        sessions: m.sessions.map((x) => ({ key: newKey(), startsAt: localDateTime(x.startsAt), endsAt: x.endsAt ? localDateTime(x.endsAt) : '', place: x.place, capacity: x.capacity })),
      })),
  };
}

const text = (s: string) => (s.trim() ? s : undefined);

/** Each kind sends its own fields and no other's (the API refuses the rest); a loaded module its id. */
export function moduleInput(m: ModuleDraft): TrainingModuleInput {
  const base = { ...(m.id ? { id: m.id } : {}), kind: m.kind, title: m.title.trim() };
  switch (m.kind) {
    case 'MARKDOWN':
      return { ...base, content: m.content };
    case 'EXTERNAL_LINK':
      return { ...base, url: m.url.trim(), content: text(m.content) };
    case 'POLICY_ACK':
      return { ...base, policyId: m.policyId };
    case 'QUIZ': {
      const draw = m.drawCount && m.drawCount < m.questions.length ? m.drawCount : undefined;
      return {
        ...base, content: text(m.content), passMark: m.passMark, maxAttempts: m.maxAttempts, drawCount: draw,
        questions: m.questions.map((q) => ({ prompt: q.prompt, multiple: q.multiple, options: q.options.filter((o) => o.text.trim()).map((o) => ({ text: o.text, correct: o.correct })) })),
      };
    }
    case 'ATTENDANCE':
      return {
        ...base, content: text(m.content),
        sessions: m.sessions.map((x) => ({ startsAt: isoOf(x.startsAt) ?? x.startsAt, endsAt: isoOf(x.endsAt), place: x.place.trim(), capacity: x.capacity })),
      };
    default:
      return { ...base, content: text(m.content) };
  }
}

export const courseInput = (d: CourseDraft): TrainingCourseInput => ({
  title: d.title.trim(), description: d.description, category: d.category.trim(), estimatedMinutes: d.estimatedMinutes, languages: d.languages,
  validityMonths: d.validityMonths, selfEnrol: d.selfEnrol, modules: d.modules.map(moduleInput),
});

/** What stops a save, as a locale key and its values; null when the draft can be sent. */
export type Problem = { key: string; values?: Record<string, string | number>; moduleKey?: string };

export function problemOf(d: CourseDraft): Problem | null {
  if (!d.title.trim()) return { key: 'training.editor.problem.title' };
  if (!d.category.trim()) return { key: 'training.editor.problem.category' };
  if (d.languages.length === 0) return { key: 'training.editor.problem.languages' };
  if (d.modules.length === 0) return { key: 'training.editor.problem.noModules' };
  for (const [i, m] of d.modules.entries()) {
    const at = (key: string, extra: Record<string, string | number> = {}): Problem => ({ key: `training.editor.problem.${key}`, values: { number: i + 1, ...extra }, moduleKey: m.key });
    if (!m.title.trim()) return at('moduleTitle');
    if (m.kind === 'MARKDOWN' && !m.content.trim()) return at('content');
    if (m.kind === 'EXTERNAL_LINK' && !/^https?:\/\/\S+$/i.test(m.url.trim())) return at('url');
    if (m.kind === 'POLICY_ACK' && !m.policyId) return at('policy');
    if (m.kind === 'ATTENDANCE') {
      if (m.sessions.length === 0) return at('sessions');
      for (const [si, x] of m.sessions.entries()) {
        const session = { session: si + 1 };
        if (!validTime(x.startsAt)) return at('sessionStart', session);
        if (x.endsAt && (!validTime(x.endsAt) || (instant(x.endsAt)?.getTime() ?? 0) <= (instant(x.startsAt)?.getTime() ?? 0))) return at('sessionEnd', session);
        if (!x.place.trim()) return at('sessionPlace', session);
        if (!Number.isInteger(x.capacity) || x.capacity < 1 || x.capacity > 10000) return at('sessionCapacity', session);
      }
    }
    if (m.kind === 'QUIZ') {
      if (m.questions.length === 0) return at('questions');
      for (const [qi, q] of m.questions.entries()) {
        const filled = q.options.filter((o) => o.text.trim());
        const right = filled.filter((o) => o.correct).length;
        if (!q.prompt.trim() || filled.length < 2) return at('question', { question: qi + 1 });
        if (q.multiple ? right < 1 : right !== 1) return at(q.multiple ? 'oneCorrectAtLeast' : 'exactlyOneCorrect', { question: qi + 1 });
      }
    }
  }
  return null;
}

/** Moves the item at `from` by `by` places (clamped); the same array when nothing moves. */
export function move<T>(list: T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + by));
  if (to === from) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
