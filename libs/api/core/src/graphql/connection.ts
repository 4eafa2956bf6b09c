import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@pillars/shared/validation';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Type } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { SingleLineText } from '../validation/text.decorators';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${LIMITS.pageSize}.` })
  @IsOptional() @IsInt() @Min(1) @Max(LIMITS.pageSize)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional() @SingleLineText({ max: 500 })
  after?: string;
}

export interface Edge<T> { cursor: string; node: T }
export interface Connection<T> { edges: Edge<T>[]; pageInfo: PageInfoModel; totalCount?: number }

/** Builds `XConnection` / `XEdge` object types for a node type. */
export function connectionOf<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  }
  return ConnectionType;
}

/** Opaque cursors: base64url of a JSON array of the sort key values. */
export const encodeCursor = (values: readonly unknown[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type CursorPart = 'string' | 'number' | 'uuid' | 'strings';
const fits = (value: unknown, part: CursorPart) =>
  part === 'uuid'
    ? typeof value === 'string' && UUID.test(value)
    : part === 'strings'
      ? Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === 'string')
      : typeof value === part;

/** Decodes a cursor whose parts must have the given types; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | undefined | null, shape: CursorPart[]): unknown[] | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === shape.length && parsed.every((v, i) => fits(v, shape[i]))) return parsed;
  } catch {
    // fall through to the typed error below
  }
  throw AppError.badInput([{ field: 'after', rule: 'cursor' }], 'Malformed cursor');
}

/** Given `first + 1` rows, cuts to a page and says whether there is more. */
export function toConnection<R, T>(rows: R[], first: number, cursorOf: (row: R) => unknown[], present: (row: R) => T): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: present(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export const pageSize = (first?: number) => Math.min(first ?? LIMITS.defaultPageSize, LIMITS.pageSize);
