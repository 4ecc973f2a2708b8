import { useCallback, useState } from "react";
import { ChatSession } from "./ChatSession";
import { FALLBACK_USER, roleLabel, type DemoUser, type PageConfig } from "./page-config";

/** `?user=<id>` picks who you are, so a link (or a test) opens the chat as that caseworker. */
function initialUser(users: DemoUser[]): DemoUser {
  const wanted = new URLSearchParams(window.location.search).get("user");
  return users.find((user) => user.id === wanted) ?? users[0] ?? FALLBACK_USER;
}

export function App({ config }: { config: PageConfig }) {
  const users = config.demoUsers.length > 0 ? config.demoUsers : [FALLBACK_USER];
  const [user, setUser] = useState(() => initialUser(users));
  // Bumped by "Nieuw gesprek": a new key remounts Web Chat on a fresh conversation.
  const [restart, setRestart] = useState(0);
  const [conversationId, setConversationId] = useState<string>();

  const choose = (id: string) => {
    const next = users.find((candidate) => candidate.id === id);
    if (!next) return;
    const url = new URL(window.location.href);
    url.searchParams.set("user", next.id);
    window.history.replaceState(null, "", url);
    setRestart(0);
    setUser(next);
  };
  const onConversation = useCallback((id: string) => setConversationId(id), []);
  // Reconnecting resumes the page's own conversation, after a restart too (saved-conversation.ts).
  const [attempt, setAttempt] = useState(0);
  // A reconnect is never a "Nieuw gesprek": it resumes the conversation the page had (sessionStorage).
  const [freshAt, setFreshAt] = useState(-1);
  const onReconnect = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <div className="page">
      <header className="header">
        <h1>Convenantbot · speeltuin</h1>
        <label className="who">
          Je bent
          <select aria-label="Demogebruiker" value={user.id} onChange={(event) => choose(event.target.value)}>
            {users.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} — {candidate.partyName} ({roleLabel(candidate.role)})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            setRestart((n) => n + 1);
            setFreshAt(attempt);
          }}
        >
          Nieuw gesprek
        </button>
        <span className="meta" title="Direct Line-gesprek / conversation" data-testid="conversation-id">
          {conversationId ?? ""}
        </span>
      </header>
      {config.demoUsers.length === 0 && (
        <p className="status">Geen demogebruikers ingesteld (DEMO_DATA) / no demo users configured</p>
      )}
      <main className="chat">
        <ChatSession
          key={`${user.id}#${restart}#${attempt}`}
          config={config}
          user={user}
          fresh={restart > 0 && attempt === freshAt}
          onConversation={onConversation}
          onReconnect={onReconnect}
        />
      </main>
    </div>
  );
}
