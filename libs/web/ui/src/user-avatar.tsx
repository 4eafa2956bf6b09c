import { Avatar, type MantineSize } from '@mantine/core';
import type { CSSProperties } from 'react';
import classes from './user-avatar.module.css';

const COLORS = ['blue', 'cyan', 'grape', 'green', 'indigo', 'orange', 'pink', 'teal', 'violet', 'red'] as const;

/** A stable colour per person, so the same face looks the same everywhere. */
export function avatarColor(seed: string): (typeof COLORS)[number] {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return COLORS[Math.abs(hash) % COLORS.length];
}

export interface UserAvatarProps {
  initials: string;
  /** Used for the colour only: the name is always shown as text next to the avatar. */
  seed: string;
  size?: MantineSize | number;
  /** The person's photo; without one (or while it fails to load) the initials show. */
  src?: string | null;
}

export function UserAvatar({ initials, seed, size = 'md', src }: UserAvatarProps) {
  const color = avatarColor(seed);
  const vars = { '--avatar-fg-light': `color-mix(in srgb, var(--mantine-color-${color}-9), black 25%)`, '--avatar-fg-dark': `var(--mantine-color-${color}-1)` } as CSSProperties;
  return (
    <Avatar src={src ?? undefined} alt="" color={color} radius={1000} size={size} aria-hidden="true" variant="light" classNames={{ placeholder: classes.placeholder }} style={vars}>
      <span dir="auto">{initials}</span>
    </Avatar>
  );
}
