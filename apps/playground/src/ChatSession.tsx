import ReactWebChat from "botframework-webchat";
import { useEffect, useMemo, useState } from "react";
import type { DemoUser, PageConfig } from "./page-config";
import { isConnectionLost } from "./connection";
import { connect, createIdentityStore, executeToSubmitMiddleware, generateToken } from "./webchat-session";
import { saveConversation, savedConversation, sessionStore } from "./saved-conversation";

interface Props {
  config: PageConfig;
  user: DemoUser;
  fresh: boolean;
  onConversation: (conversationId: string) => void;
  /** Starts this user's session again (a new key): after a server restart, say. */
  onReconnect: () => void;
}

type State =
  | { kind: "connecting" }
  | { kind: "ready"; directLine: ReturnType<typeof connect> }
  | { kind: "failed"; message: string };

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .slice(0, 2)
    .join("");

/** One Direct Line conversation as one user; remounted (new key) to switch user or restart. */
export function ChatSession({ config, user, fresh, onConversation, onReconnect }: Props) {
  const [state, setState] = useState<State>({ kind: "connecting" });
  const [lost, setLost] = useState(false);
  const store = useMemo(() => createIdentityStore(config), [config]);

  useEffect(() => {
    let ended = false;
    let directLine: ReturnType<typeof connect> | undefined;
    generateToken(config, user, fresh, savedConversation(sessionStore(), user.id))
      .then(({ token, conversationId }) => {
        if (ended) return;
        saveConversation(sessionStore(), user.id, conversationId);
        directLine = connect(config, user, token);
        onConversation(conversationId);
        // A restarted server no longer knows the token: say so, instead of a chat that answers nothing.
        directLine.connectionStatus$.subscribe((status: number) => {
          if (!ended && isConnectionLost(status)) setLost(true);
        });
        setState({ kind: "ready", directLine });
      })
      .catch(
        (error: unknown) =>
          !ended && setState({ kind: "failed", message: String(error instanceof Error ? error.message : error) }),
      );
    // Stop polling when this session is replaced.
    return () => {
      ended = true;
      directLine?.end();
    };
  }, [config, user, fresh, onConversation]);

  if (state.kind === "connecting") return <p className="status">Verbinden… / connecting…</p>;
  if (state.kind === "failed")
    return (
      <div className="status error" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={onReconnect}>
          Opnieuw verbinden
        </button>
      </div>
    );
  return (
    <>
      {lost && (
        <div className="status error" role="alert" data-testid="connection-lost">
          <p>
            De verbinding met de speeltuin is verbroken (is de server herstart?). Je gesprek hieronder blijft staan.
          </p>
          <button type="button" onClick={onReconnect}>
            Opnieuw verbinden
          </button>
        </div>
      )}
      <ReactWebChat
        className="webchat"
        directLine={state.directLine}
        store={store}
        userID={user.id}
        username={user.name}
        locale={config.locale}
        attachmentMiddleware={executeToSubmitMiddleware as never}
        styleOptions={{
          hideUploadButton: true,
          botAvatarInitials: "CB",
          userAvatarInitials: initials(user.name),
          bubbleMaxWidth: 640,
        }}
      />
    </>
  );
}
