import { ServiceError } from './http/errors.js';
import { registerAttachmentKind } from '../modules/library/index.js';
import { loadConversationForActor } from '../modules/conversations/index.js';
import { frameAccess } from '../modules/framing/index.js';
import { meetingAccess } from '../modules/forums/index.js';

/*
 * What library packages can be attached to, each with its owning module's access rule (wired here
 * so the library depends on none of them). Seeing the thing is seeing its packages; changing the
 * thing — taking part in the conversation, maintaining the frame, facilitating the forum — is
 * attaching to it.
 */
export function registerLibraryKinds() {
  registerAttachmentKind('conversation', async (ctx, id) => {
    try {
      const loaded = await loadConversationForActor(ctx, id);
      return { read: true, attach: loaded.canEdit, subjectPersonId: loaded.subjectPersonId };
    } catch (err) {
      if (err instanceof ServiceError && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  });
  registerAttachmentKind('frame', async (ctx, id) => {
    const access = await frameAccess(ctx, id);
    return access && { read: access.read, attach: access.manage, subjectPersonId: null };
  });
  registerAttachmentKind('forum_meeting', async (ctx, id) => {
    const access = await meetingAccess(ctx, id);
    return access && { read: access.read, attach: access.facilitate, subjectPersonId: null };
  });
}
