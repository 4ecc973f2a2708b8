/**
 * An activity as JSON on the wire. The playground passes activities through and only reads
 * or sets the few fields below, so it does not pin botbuilder's full `Activity` type (whose
 * required fields a half-built test activity would not have).
 */
export interface ChannelAccountJson {
  id: string;
  name?: string;
  role?: string;
  aadObjectId?: string;
  [key: string]: unknown;
}

export interface ActivityJson {
  type: string;
  id?: string;
  timestamp?: string;
  text?: string;
  value?: unknown;
  from?: ChannelAccountJson;
  recipient?: ChannelAccountJson;
  conversation?: { id: string; [key: string]: unknown };
  replyToId?: string;
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}
