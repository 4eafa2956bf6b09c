import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import type { Loaders } from './loaders';

export interface GqlContext {
  req: Request;
  res: Response;
  actor: Actor | null;
  sessionToken: string | null;
  loaders: Loaders;
}
