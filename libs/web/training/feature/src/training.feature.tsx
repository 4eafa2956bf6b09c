import { RequireAbility } from '@pillars/web/auth/feature';
import type { LocaleBundle, WebFeature } from '@pillars/web/core/data-access';
import { trainingTypePolicies } from '@pillars/web/training/data-access';
import { IconBooks, IconSchool, IconTable } from '@tabler/icons-react';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';
import { COURSES_PATH, MY_TRAINING_PATH, TRAINING_MATRIX_PATH } from './training-paths';

const load = {
  mine: () => import('./my-training-page'),
  player: () => import('./training-player-page'),
  matrix: () => import('./training-matrix-page'),
  verify: () => import('./verify-certificate-page'),
  catalogue: () => import('./course-catalogue-page'),
  editor: () => import('./course-editor-page'),
  history: () => import('./training-history-page'),
  evidence: () => import('./training-evidence-page'),
  reports: () => import('./training-reports-page'),
};
const MyTrainingPage = lazy(() => load.mine().then((m) => ({ default: m.MyTrainingPage })));
const TrainingPlayerPage = lazy(() => load.player().then((m) => ({ default: m.TrainingPlayerPage })));
const TrainingMatrixPage = lazy(() => load.matrix().then((m) => ({ default: m.TrainingMatrixPage })));
const CourseCataloguePage = lazy(() => load.catalogue().then((m) => ({ default: m.CourseCataloguePage })));
const CourseEditorPage = lazy(() => load.editor().then((m) => ({ default: m.CourseEditorPage })));
const TrainingHistoryPage = lazy(() => load.history().then((m) => ({ default: m.TrainingHistoryPage })));
const TrainingEvidencePage = lazy(() => load.evidence().then((m) => ({ default: m.TrainingEvidencePage })));
const TrainingReportsPage = lazy(() => load.reports().then((m) => ({ default: m.TrainingReportsPage })));
const VerifyCertificatePage = lazy(() => load.verify().then((m) => ({ default: m.VerifyCertificatePage })));

/** `training.*` and `errors.TRAINING_*`. */
export const trainingLocales: LocaleBundle = { en, ar, he, it };

/** The learner's own pages for everyone signed in (the API filters to their records); the matrix (with its evidence review and reports, under it so its nav entry stays current) and the catalogue by ability. */
export const trainingRoutes: RouteObject[] = [
  { path: 'training', element: <MyTrainingPage /> },
  {
    element: <RequireAbility ability="canViewTrainingMatrix" />,
    children: [
      { path: 'training/matrix', element: <TrainingMatrixPage /> },
      { path: 'training/people/:userId', element: <TrainingHistoryPage /> },
      { path: 'training/matrix/evidence', element: <TrainingEvidencePage /> },
      { path: 'training/matrix/reports', element: <TrainingReportsPage /> },
    ],
  },
  {
    element: <RequireAbility ability="canManageTraining" />,
    children: [
      { path: 'training/courses', element: <CourseCataloguePage /> },
      { path: 'training/courses/new', element: <CourseEditorPage /> },
      { path: 'training/courses/:courseId', element: <CourseEditorPage /> },
    ],
  },
  { path: 'training/:enrolmentId', element: <TrainingPlayerPage /> },
];

export const trainingFeature: WebFeature = {
  name: 'training',
  routes: trainingRoutes,
  // Public: the certificate check needs no session and shows only what the API returns.
  publicRoutes: [{ path: 'certificates/verify/:code', element: <VerifyCertificatePage /> }],
  preload: () => Promise.all(Object.values(load).map((page) => page())),
  nav: [
    { section: 'governance', to: MY_TRAINING_PATH, label: 'training.nav.mine', icon: IconSchool },
    { section: 'governance', to: TRAINING_MATRIX_PATH, label: 'training.nav.matrix', icon: IconTable, ability: 'canViewTrainingMatrix' },
    { section: 'governance', to: COURSES_PATH, label: 'training.nav.courses', icon: IconBooks, ability: 'canManageTraining' },
  ],
  locales: trainingLocales,
  typePolicies: trainingTypePolicies,
  // Reminders and nudges name the course; the learner's page lists their enrolment in it.
  notificationLinks: { training_course: () => MY_TRAINING_PATH },
};
