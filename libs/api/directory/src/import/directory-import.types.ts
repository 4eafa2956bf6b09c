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
  OWN_ADMIN_ROLE = 'OWN_ADMIN_ROLE',
  UNKNOWN_MANAGER = 'UNKNOWN_MANAGER',
  MANAGER_CYCLE = 'MANAGER_CYCLE',
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
}

/** Errors sent back at most; a file with 20,000 bad rows needs its first screenful fixed, not all. */
export const MAX_REPORTED_ERRORS = 1000;
