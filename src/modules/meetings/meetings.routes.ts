import { z } from 'zod';
import { dateInputSchema } from '../../lib/iso-date.ts';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import * as bodies from './bodies.service.ts';
import { renderMinutesDocx } from './meetings.docx.ts';
import {
  bodyDashboardSchema,
  bodyListQuerySchema,
  bodyListSchema,
  bodySchema,
  createBodyBodySchema,
  createMeetingBodySchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingSchema,
  meetingStatusBodySchema,
  reviewDecisionBodySchema,
  updateBodyBodySchema,
  updateMeetingBodySchema,
} from './meetings.schemas.ts';
import * as meetings from './meetings.service.ts';
import { decideReview } from './reviews.service.ts';

const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const reviewParams = idParams.extend({ reviewId: z.coerce.number().int().min(1).max(2_147_483_647) });

export async function meetingsRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/bodies',
    { schema: { tags: ['meetings'], summary: 'Deciding bodies (headquarters, working groups, councils) whose area meets your scope', querystring: bodyListQuerySchema, response: { 200: bodyListSchema } } },
    async (request) => bodies.listBodies(app.db, requestContext(request), request.query),
  );
  app.post(
    '/api/v1/bodies',
    { schema: { tags: ['meetings'], summary: 'Register a body', body: createBodyBodySchema, response: { 201: bodySchema } } },
    async (request, reply) => reply.status(201).send(await bodies.createBody(app.db, requestContext(request), request.body)),
  );
  app.get('/api/v1/bodies/:id', { schema: { tags: ['meetings'], summary: 'One body', params: idParams, response: { 200: bodySchema } } }, async (request) =>
    bodies.getBody(app.db, requestContext(request), request.params.id),
  );
  app.patch(
    '/api/v1/bodies/:id',
    { schema: { tags: ['meetings'], summary: 'Change a body (send the version you loaded)', params: idParams, body: updateBodyBodySchema, response: { 200: bodySchema } } },
    async (request) => bodies.updateBody(app.db, requestContext(request), request.params.id, request.body),
  );
  app.get(
    '/api/v1/bodies/:id/dashboard',
    {
      schema: {
        tags: ['meetings'],
        summary: "A body's resolutions by status, per meeting",
        params: idParams,
        querystring: z.object({ asOf: dateInputSchema.optional() }),
        response: { 200: bodyDashboardSchema },
      },
    },
    async (request) => bodies.bodyDashboard(app.db, requestContext(request), request.params.id, request.query.asOf),
  );

  app.get(
    '/api/v1/meetings',
    { schema: { tags: ['meetings'], summary: 'Meetings in your scope', querystring: meetingListQuerySchema, response: { 200: meetingListSchema } } },
    async (request) => meetings.listMeetings(app.db, requestContext(request), request.query),
  );
  app.post(
    '/api/v1/meetings',
    {
      schema: {
        tags: ['meetings'],
        summary: "Record a meeting; the body's latest meeting gets the review of past resolutions on its agenda",
        body: createMeetingBodySchema,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await meetings.createMeeting(app.db, requestContext(request), request.body)),
  );
  app.get(
    '/api/v1/meetings/:id',
    { schema: { tags: ['meetings'], summary: 'A meeting with attendance, agenda, resolutions, reviews and amendments', params: idParams, response: { 200: meetingSchema } } },
    async (request) => meetings.getMeeting(app.db, requestContext(request), request.params.id),
  );
  app.patch(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Change a meeting: header, narrative, agenda, attendance (approved minutes need amendmentReason)',
        params: idParams,
        body: updateMeetingBodySchema,
        response: { 200: meetingSchema },
      },
    },
    async (request) => meetings.updateMeeting(app.db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/meetings/:id/status',
    { schema: { tags: ['meetings'], summary: 'Mark a meeting held, or approve (and lock) its minutes', params: idParams, body: meetingStatusBodySchema, response: { 200: meetingSchema } } },
    async (request) => meetings.setMeetingStatus(app.db, requestContext(request), request.params.id, request.body),
  );
  app.delete('/api/v1/meetings/:id', { schema: { tags: ['meetings'], summary: 'Delete a planned meeting without resolutions', params: idParams } }, async (request, reply) => {
    await meetings.deleteMeeting(app.db, requestContext(request), request.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/v1/meetings/:id/reviews/:reviewId',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Decide on a past resolution under review: closed, extended, reassigned, continued or cancelled',
        params: reviewParams,
        body: reviewDecisionBodySchema,
        response: { 200: meetingSchema },
      },
    },
    async (request) => decideReview(app.db, requestContext(request), request.params.id, request.params.reviewId, request.body),
  );
  app.get(
    '/api/v1/meetings/:id/minutes.docx',
    { schema: { tags: ['meetings'], summary: 'The official minutes as a Word document (right to left, Persian digits)', params: idParams } },
    async (request, reply) => {
      const meeting = await meetings.getMeeting(app.db, requestContext(request), request.params.id);
      const file = await renderMinutesDocx(meeting);
      const name = `صورتجلسه-${meeting.number}.docx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="minutes-${meeting.number}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(file);
    },
  );
}
