import { describe, expect, it } from 'vitest';
import { mergeNotificationLinks, notificationHref } from './notification-links';

describe('notification links', () => {
  const links = mergeNotificationLinks([{ post: ({ id }) => `/posts/${id}` }, undefined, { comment: ({ id, data }) => (data['postId'] ? `/posts/${data['postId']}?comment=${id}` : null) }]);

  it('builds a target’s path from its type, id and data', () => {
    expect(notificationHref(links, { targetType: 'post', targetId: 'p1', data: [] })).toBe('/posts/p1');
    expect(notificationHref(links, { targetType: 'comment', targetId: 'c1', data: [{ key: 'postId', id: 'p1' }] })).toBe('/posts/p1?comment=c1');
    expect(notificationHref(links, { targetType: 'comment', targetId: 'c1', data: [] })).toBeNull();
  });

  it('has no link for an unavailable target or a type nobody registered', () => {
    expect(notificationHref(links, { targetType: null, targetId: null, data: [] })).toBeNull();
    expect(notificationHref(links, { targetType: 'wiki.page', targetId: 'w1' })).toBeNull();
  });

  it('refuses two libs linking one target type', () => {
    expect(() => mergeNotificationLinks([{ post: () => 'a' }, { post: () => 'b' }])).toThrow(/post/);
  });
});
