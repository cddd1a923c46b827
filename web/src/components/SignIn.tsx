interface SignInProps {
  googleSignIn: boolean;
  notice?: string;
  busy?: boolean;
  onSignIn: () => void;
  onGoogle: () => void;
}

export function SignIn({ googleSignIn, notice, busy = false, onSignIn, onGoogle }: SignInProps) {
  return (
    <main className="center-page">
      <section className="card" aria-labelledby="signin-title">
        <div className="logo" aria-hidden="true">
          <svg viewBox="0 0 64 64">
            <path d="M14 38l36-16-10 22-6-8-8 6 2-8z" fill="currentColor" />
          </svg>
        </div>
        <h1 id="signin-title">Trip Assistant</h1>
        <p className="lead">Our family's helper for flights, stays and plans. Sign in to start chatting.</p>
        {notice && (
          <p className="notice" role="alert">
            {notice}
          </p>
        )}
        <div className="stack">
          <button type="button" className="primary" onClick={onSignIn} disabled={busy}>
            Sign in
          </button>
          {googleSignIn && (
            <button type="button" className="secondary google" onClick={onGoogle} disabled={busy}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  fill="#4285F4"
                  d="M23.5 12.3c0-.8-.1-1.6-.2-2.3H12v4.5h6.5a5.6 5.6 0 0 1-2.4 3.6v3h3.9c2.2-2.1 3.5-5.1 3.5-8.8z"
                />
                <path
                  fill="#34A853"
                  d="M12 24c3.2 0 6-1.1 8-2.9l-3.9-3a7.2 7.2 0 0 1-10.8-3.8h-4v3.1A12 12 0 0 0 12 24z"
                />
                <path fill="#FBBC05" d="M5.3 14.3a7.2 7.2 0 0 1 0-4.6V6.6h-4a12 12 0 0 0 0 10.8z" />
                <path
                  fill="#EA4335"
                  d="M12 4.8c1.8 0 3.4.6 4.6 1.8l3.4-3.4A12 12 0 0 0 1.3 6.6l4 3.1A7.2 7.2 0 0 1 12 4.8z"
                />
              </svg>
              Continue with Google
            </button>
          )}
        </div>
      </section>
    </main>
  );
}
