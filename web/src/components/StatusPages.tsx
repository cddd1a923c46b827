export function ConfigErrorPage({ problems }: { problems: string[] }) {
  return (
    <main className="center-page">
      <section className="card" role="alert" aria-labelledby="config-title">
        <h1 id="config-title">The trip assistant isn't set up correctly</h1>
        <p className="lead">
          This page could not read its settings file, <code>/config.json</code>, so it cannot sign you in.
          Please let whoever runs the site know; the details below will help them.
        </p>
        <ul className="problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}

export function Splash({ text }: { text: string }) {
  return (
    <main className="center-page">
      <p className="splash" role="status">
        <span className="spinner" aria-hidden="true" />
        {text}
      </p>
    </main>
  );
}
