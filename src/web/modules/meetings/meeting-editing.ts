import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { Meeting } from '../../../modules/meetings/meetings.schemas.ts';
import { meetingKeys } from './meetings-api.ts';

/** What every section of the meeting page needs to show and change the meeting. */
export interface MeetingEditing {
  meeting: Meeting;
  /** May this user change the meeting (permission meetings.write)? */
  canWrite: boolean;
  /**
   * The version to send for a form opened when the meeting was at `base`. Saves made from this
   * page since then (another section's) are followed, so they are not taken for someone else's.
   */
  versionFor(base: number): number;
  /**
   * Records a save from this page that took the meeting from version `from` to `to`. Only steps of
   * one are recorded: a step of more had someone else's save in it, which must still conflict.
   */
  saved(from: number, to: number): void;
  /** Loads the latest meeting from the server (after a conflict). */
  reload(): void;
}

/** The editing context of one meeting page; own saves are remembered for as long as the page is open. */
export function useMeetingEditing(meeting: Meeting, canWrite: boolean): MeetingEditing {
  const queryClient = useQueryClient();
  const ownSaves = useRef(new Map<number, number>());
  return useMemo<MeetingEditing>(
    () => ({
      meeting,
      canWrite,
      versionFor: (base) => {
        let version = base;
        // Each step is a save this page made: from the version it sent to the one it got back.
        for (let next = ownSaves.current.get(version); next !== undefined && next > version; next = ownSaves.current.get(version)) version = next;
        return version;
      },
      saved: (from, to) => {
        if (to === from + 1) ownSaves.current.set(from, to);
      },
      reload: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) }),
    }),
    [meeting, canWrite, queryClient],
  );
}
