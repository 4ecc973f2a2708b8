import ReactWebChat from "botframework-webchat";
import { useEffect, useMemo, useState } from "react";
import type { DemoUser, PageConfig } from "./page-config";
import { connect, createIdentityStore, executeToSubmitMiddleware, generateToken } from "./webchat-session";

interface Props {
  config: PageConfig;
  user: DemoUser;
  fresh: boolean;
  onConversation: (conversationId: string) => void;
}

type State = { kind: "connecting" } | { kind: "ready"; directLine: ReturnType<typeof connect> } | { kind: "failed"; message: string };

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .slice(0, 2)
    .join("");

/** One Direct Line conversation as one user; remounted (new key) to switch user or restart. */
export function ChatSession({ config, user, fresh, onConversation }: Props) {
  const [state, setState] = useState<State>({ kind: "connecting" });
  const store = useMemo(() => createIdentityStore(config), [config]);

  useEffect(() => {
    let ended = false;
    let directLine: ReturnType<typeof connect> | undefined;
    generateToken(config, user, fresh)
      .then(({ token, conversationId }) => {
        if (ended) return;
        directLine = connect(config, user, token);
        onConversation(conversationId);
        setState({ kind: "ready", directLine });
      })
      .catch((error: unknown) => !ended && setState({ kind: "failed", message: String(error instanceof Error ? error.message : error) }));
    // Stop polling when this session is replaced.
    return () => {
      ended = true;
      directLine?.end();
    };
  }, [config, user, fresh, onConversation]);

  if (state.kind === "connecting") return <p className="status">Verbinden… / connecting…</p>;
  if (state.kind === "failed") return <p className="status error" role="alert">{state.message}</p>;
  return (
    <ReactWebChat
      className="webchat"
      directLine={state.directLine}
      store={store}
      userID={user.id}
      username={user.name}
      locale={config.locale}
      attachmentMiddleware={executeToSubmitMiddleware as never}
      styleOptions={{ hideUploadButton: true, botAvatarInitials: "CB", userAvatarInitials: initials(user.name), bubbleMaxWidth: 640 }}
    />
  );
}
