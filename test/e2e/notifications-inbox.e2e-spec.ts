import { NotificationsService } from '@app/notifications';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';

/**
 * Issue 13 item 10: each user's notifications with the unread count; marking one read, and all.
 * A user reads and marks only their own: another user's notification answers 404 and stays unread.
 */
describe('notifications of the signed-in user', () => {
  const app = useTestApp();
  let anna: TestUser;
  let bert: TestUser;

  beforeAll(async () => {
    anna = await createUser(app(), 'staff');
    bert = await createUser(app(), 'staff');
    const notifications = app().api.get(NotificationsService);
    for (const [index, user] of [anna, anna, bert].entries()) {
      await notifications.deliver({
        kind: 'test_notice',
        subjectId: user.id,
        dueKey: `n${index}`,
        recipients: [{ email: user.email, userId: user.id }],
        title: `Melding ${index}`,
        body: 'Tekst',
      });
    }
  });

  it('lists only the user’s own, newest first, with the unread count', async () => {
    const list = await anna.http.get('/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(2);
    expect(list.body.items.map((item: { title: string }) => item.title).sort()).toEqual(['Melding 0', 'Melding 1']);
    expect((await bert.http.get('/api/notifications')).body.unread).toBe(1);
  });

  it('marks one read (another user’s answers 404), then all; ?unread=true lists the unread ones', async () => {
    const [first] = (await anna.http.get('/api/notifications')).body.items;
    const bertsId = (await bert.http.get('/api/notifications')).body.items[0].id;
    expect((await anna.http.post(`/api/notifications/${bertsId}/read`, {})).status).toBe(404);
    expect((await anna.http.post('/api/notifications/not-an-id/read', {})).status).toBe(404);
    expect((await bert.http.get('/api/notifications')).body.unread).toBe(1);
    const read = await anna.http.post(`/api/notifications/${first.id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ unread: 1 });
    const unread = await anna.http.get('/api/notifications?unread=true');
    expect(unread.body.items).toHaveLength(1);
    expect(unread.body.items[0].id).not.toBe(first.id);
    expect((await anna.http.post('/api/notifications/read-all', {})).body).toEqual({ unread: 0 });
    expect((await anna.http.get('/api/notifications?unread=true')).body).toEqual({ unread: 0, items: [] });
    const bad = await anna.http.get('/api/notifications?unread=misschien');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('Alleen ongelezen');
  });
});
