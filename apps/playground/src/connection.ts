/**
 * DirectLineJS's connection states (botframework-directlinejs ConnectionStatus). After a
 * server restart the old token is unknown (403): DirectLineJS reports ExpiredToken and stops
 * polling, and the page would sit there answering nothing (issue 15).
 */
export const ConnectionStatus = {
  Uninitialized: 0,
  Connecting: 1,
  Online: 2,
  ExpiredToken: 3,
  FailedToConnect: 4,
  Ended: 5,
} as const;

/** States from which this session will not come back by itself: offer "Opnieuw verbinden". */
export function isConnectionLost(status: number): boolean {
  return (
    status === ConnectionStatus.ExpiredToken ||
    status === ConnectionStatus.FailedToConnect ||
    status === ConnectionStatus.Ended
  );
}
