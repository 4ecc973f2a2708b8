/**
 * Where the tab runs decides how it knows who you are. Inside Teams: the teams-js SDK and a
 * Teams SSO token. Outside (the local playground's browser): dev mode, as the demo caseworker
 * named by `?user=` (the playground's own parameter) or chosen in the header.
 */
export type HostChoice = { kind: "dev"; userId: string | undefined } | { kind: "teams" };

export interface WindowLike {
  parent: unknown;
  opener: unknown;
  location: { search: string };
}

/** `?user=29:demo-begeleider` (or `?demoUser=`): the demo caseworker to act as. */
export function devUserFromSearch(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const id = (params.get("user") ?? params.get("demoUser") ?? "").trim();
  return id === "" ? undefined : id;
}

/**
 * Teams always hosts a tab in a frame (or, on mobile, as an opened window); a top-level page
 * can only be the playground. A `?user=` always means dev mode, even in a frame: the bot
 * refuses that header outside local mode anyway.
 */
export function chooseHost(win: WindowLike): HostChoice {
  const userId = devUserFromSearch(win.location.search);
  if (userId !== undefined) return { kind: "dev", userId };
  const framed = win.parent !== win || (win.opener !== null && win.opener !== undefined);
  return framed ? { kind: "teams" } : { kind: "dev", userId: undefined };
}

/** Rejects with `message` after `ms`: teams-js waits forever for a host that is not Teams. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
