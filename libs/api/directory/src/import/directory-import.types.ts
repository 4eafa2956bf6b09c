/** Why a row (or the header, line 1) of an import file was refused; the web translates each code. */
export enum DirectoryImportErrorCode {
  BAD_CSV = 'BAD_CSV',
  MISSING_COLUMN = 'MISSING_COLUMN',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  DUPLICATE_COLUMN = 'DUPLICATE_COLUMN',
  MISSING_EMAIL = 'MISSING_EMAIL',
  BAD_EMAIL = 'BAD_EMAIL',
  DUPLICATE_EMAIL = 'DUPLICATE_EMAIL',
  MISSING_NAME = 'MISSING_NAME',
  TOO_LONG = 'TOO_LONG',
  BAD_LOCALE = 'BAD_LOCALE',
  BAD_DATE = 'BAD_DATE',
  BAD_TEAM_PATH = 'BAD_TEAM_PATH',
  BAD_ROLE = 'BAD_ROLE',
  /** A cell breaks the text rule every input follows (NUL, control or bidi characters, invisible only). */
  BAD_TEXT = 'BAD_TEXT',
  OWN_ADMIN_ROLE = 'OWN_ADMIN_ROLE',
  /** HR may not change an administrator's record (name, title, location, locale, start date, manager), as in the form. */
  ADMIN_RECORD = 'ADMIN_RECORD',
  UNKNOWN_MANAGER = 'UNKNOWN_MANAGER',
  MANAGER_CYCLE = 'MANAGER_CYCLE',
  /** The manager is a new person whose own row is rejected: linking would point at no one. */
  MANAGER_REJECTED = 'MANAGER_REJECTED',
}

/** What an apply does with rows that have errors; chosen by the admin each time, no default. */
export enum DirectoryImportMode {
  /** Any rejected row stops the import: nothing is written (DIRECTORY_IMPORT_INVALID). */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** Valid rows are written and rejected ones skipped (listed in the report and the rejected-rows CSV). */
  SKIP_REJECTED = 'SKIP_REJECTED',
}

export interface ImportRowError {
  line: number;
  /** The column's header as in the file (`manager email`), or null for the whole row. */
  column: string | null;
  code: DirectoryImportErrorCode;
  message: string;
}

export interface ImportCounts {
  total: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  teamsToCreate: number;
  /** Rows with at least one error: skipped by SKIP_REJECTED, blocking for ALL_OR_NOTHING. */
  rejected: number;
}

/** Errors sent back at most; a file with 20,000 bad rows needs its first screenful fixed, not all. */
export const MAX_REPORTED_ERRORS = 1000;
/** New team paths listed in a report at most (the count is always exact). */
export const MAX_REPORTED_TEAM_PATHS = 50;
